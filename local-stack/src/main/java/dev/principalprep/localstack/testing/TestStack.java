package dev.principalprep.localstack.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

/**
 * The parts every test of one Maven run shares: one Kafka broker, one PostgreSQL server and one MongoDB stand-in,
 * in a process of their own ({@link TestStackMain}) that the first test JVM starts and later ones find through a
 * state file. It stops when the Maven process that ran the tests is gone.
 */
public final class TestStack {

    /** Where the state file lives: the build directory of the root project, set by the parent pom. */
    static final String DIR_PROPERTY = "principalprep.test-stack.dir";
    static final String STATE = "state.properties";

    private static Properties state;

    private TestStack() {
    }

    public static synchronized String kafkaBootstrapServers() {
        return state().getProperty("kafka");
    }

    public static synchronized String mongoConnectionString() {
        return state().getProperty("mongo");
    }

    /** The reactive and JDBC URLs of the database, created on first use. */
    public static synchronized String[] database(String name) {
        command("db " + name);
        String port = state().getProperty("postgres.port");
        return new String[] { "postgresql://127.0.0.1:" + port + "/" + name,
                "jdbc:postgresql://127.0.0.1:" + port + "/" + name };
    }

    public static void stopKafka() {
        command("kafka-stop");
    }

    public static void startKafka() {
        command("kafka-start");
    }

    public static void stopPostgres() {
        command("postgres-stop");
    }

    public static void startPostgres() {
        command("postgres-start");
    }

    private static Properties state() {
        if (state != null) {
            return state;
        }
        Path dir = Path
                .of(System.getProperty(DIR_PROPERTY, System.getProperty("java.io.tmpdir") + "/principal-prep-test-stack"));
        try {
            Files.createDirectories(dir);
            try (FileChannel channel = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                Properties found = read(dir.resolve(STATE));
                if (found == null || !answers(found)) {
                    Files.deleteIfExists(dir.resolve(STATE));
                    launch(dir);
                    found = awaitState(dir.resolve(STATE), Duration.ofSeconds(120));
                }
                state = found;
                return state;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("test stack not available", e);
        }
    }

    private static void launch(Path dir) throws IOException {
        long maven = buildProcess().pid();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        new ProcessBuilder(java.toString(), "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                TestStackMain.class.getName(), dir.toString(), String.valueOf(maven))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("stack.log").toFile()))
                .start();
    }

    /** The Maven process running the tests (surefire may fork through a shell), else this JVM's parent. */
    static ProcessHandle buildProcess() {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(ProcessHandle.current());
        for (ProcessHandle ancestor = parent; ancestor != null; ancestor = ancestor.parent().orElse(null)) {
            String command = ancestor.info().commandLine().orElse("");
            if (command.contains("plexus-classworlds") || command.contains("org.codehaus.plexus.classworlds")) {
                return ancestor;
            }
        }
        return parent;
    }

    private static Properties awaitState(Path file, Duration timeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Properties found = read(file);
            if (found != null && answers(found)) {
                return found;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("the test stack did not start; see " + file.resolveSibling("stack.log"));
    }

    private static Properties read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties.containsKey("control") ? properties : null;
    }

    private static boolean answers(Properties found) {
        try {
            return "ok".equals(send(Integer.parseInt(found.getProperty("control")), "ping"));
        } catch (IOException e) {
            return false;
        }
    }

    private static void command(String command) {
        try {
            String answer = send(Integer.parseInt(state().getProperty("control")), command);
            if (!"ok".equals(answer)) {
                throw new IllegalStateException("test stack refused '" + command + "': " + answer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("test stack not answering", e);
        }
    }

    private static String send(int port, String command) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(120_000);
            PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
            out.println(command);
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
        }
    }
}
