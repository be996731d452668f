package dev.principalprep.localstack.testing;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

import dev.principalprep.localstack.DataFolders;
import dev.principalprep.localstack.FreePorts;
import dev.principalprep.localstack.KafkaBroker;
import dev.principalprep.localstack.MongoStandIn;
import dev.principalprep.localstack.PostgresServer;

/**
 * The shared test parts in a process of their own: started by {@link TestStack}, answering its commands on a
 * loopback control port, and gone with the Maven process it serves.
 */
public final class TestStackMain {

    private TestStackMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long maven = Long.parseLong(args[1]);
        KafkaBroker kafka = KafkaBroker.startFresh();
        Path pgDir = Files.createTempDirectory("principal-prep-pg");
        PostgresServer postgres = new PostgresServer(PostgresServer.findBinaries(), pgDir.resolve("data"),
                pgDir.resolve("postgres.log"), FreePorts.find(), false);
        postgres.start(Duration.ofSeconds(60));
        MongoStandIn mongo = MongoStandIn.inMemory().start();
        ServerSocket control = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Runnable shutdown = () -> {
            try {
                mongo.stop();
                postgres.stop();
                kafka.stopAndDelete();
                DataFolders.delete(pgDir);
                Files.deleteIfExists(dir.resolve(TestStack.STATE));
            } catch (Exception e) {
                e.printStackTrace();
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown));
        Thread watcher = new Thread(() -> {
            while (ProcessHandle.of(maven).map(ProcessHandle::isAlive).orElse(false)) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.exit(0);
        });
        watcher.setDaemon(true);
        watcher.start();

        Properties state = new Properties();
        state.setProperty("kafka", kafka.bootstrapServers());
        state.setProperty("mongo", mongo.connectionString());
        state.setProperty("postgres.port", String.valueOf(postgres.port()));
        state.setProperty("control", String.valueOf(control.getLocalPort()));
        Path temporary = dir.resolve(TestStack.STATE + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            state.store(out, "the shared test stack of this Maven run");
        }
        Files.move(temporary, dir.resolve(TestStack.STATE), java.nio.file.StandardCopyOption.ATOMIC_MOVE);

        while (true) {
            try (Socket client = control.accept()) {
                String command = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8))
                        .readLine();
                String answer = "ok";
                try {
                    if (command == null || command.equals("ping")) {
                        answer = "ok";
                    } else if (command.equals("kafka-stop")) {
                        kafka.stop();
                    } else if (command.equals("kafka-start")) {
                        kafka.start();
                    } else if (command.equals("postgres-stop")) {
                        postgres.stop();
                    } else if (command.equals("postgres-start")) {
                        postgres.start(Duration.ofSeconds(60));
                    } else if (command.startsWith("db ")) {
                        postgres.createDatabase(command.substring(3).strip());
                    } else {
                        answer = "unknown command";
                    }
                } catch (Exception e) {
                    answer = "failed: " + e.getMessage();
                }
                new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8).println(answer);
            }
        }
    }
}
