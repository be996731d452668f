package dev.principalprep.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class LocalStackPartsTest {

    @Test
    void kafkaBrokerServesTopicsAndSurvivesARestart() throws Exception {
        KafkaBroker broker = KafkaBroker.startFresh();
        try {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic("local-stack.check.v1", 1, (short) 1))).all().get();
            }
            broker.stop();
            broker.start();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
                Set<String> topics = admin.listTopics().names().get();
                assertTrue(topics.contains("local-stack.check.v1"), "topic kept across a restart: " + topics);
            }
        } finally {
            broker.stopAndDelete();
        }
    }

    @Test
    void postgresKeepsItsDatabasesAcrossARestart() throws Exception {
        Path dir = Files.createTempDirectory("pg-check");
        int port = FreePorts.find();
        PostgresServer postgres = new PostgresServer(PostgresServer.findBinaries(), dir.resolve("data"), dir.resolve("pg.log"),
                port, true);
        try {
            postgres.start(Duration.ofSeconds(60));
            postgres.createDatabase("cost");
            postgres.createDatabase("cost");
            postgres.stop();
            assertEquals(false, accepts(port), "stopped server frees its port");
            postgres.start(Duration.ofSeconds(60));
            assertTrue(Files.isDirectory(dir.resolve("data/base")));
            assertEquals("jdbc:postgresql://127.0.0.1:" + port + "/cost", postgres.jdbcUrl("cost"));
            assertTrue(accepts(port));
        } finally {
            postgres.stop();
            DataFolders.delete(dir);
        }
    }

    @Test
    void mongoStandInListensOnItsPortUntilStopped() throws Exception {
        Path dir = Files.createTempDirectory("mongo-check");
        int port = FreePorts.find();
        MongoStandIn mongo = MongoStandIn.onFile(dir.resolve("content.mv"), port).start();
        try {
            assertTrue(accepts(port));
            assertEquals("mongodb://127.0.0.1:" + port, mongo.connectionString());
        } finally {
            mongo.stop();
            DataFolders.delete(dir);
        }
        assertEquals(false, accepts(port));
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
