package dev.principalprep.localstack.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import dev.principalprep.localstack.DataFolders;
import dev.principalprep.localstack.FreePorts;
import dev.principalprep.localstack.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * One real PostgreSQL server per test JVM, in a temporary data folder, with the database named by the
 * {@code database} init argument (default {@code app}).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static PostgresServer server;
    private static Path dataDir;
    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        try {
            PostgresServer postgres = server();
            postgres.createDatabase(database);
            return Map.of(
                    "quarkus.datasource.username", PostgresServer.SUPERUSER,
                    "quarkus.datasource.password", "",
                    "quarkus.datasource.reactive.url", postgres.reactiveUrl(database),
                    "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        } catch (Exception e) {
            throw new IllegalStateException("PostgreSQL did not start", e);
        }
    }

    private static synchronized PostgresServer server() throws Exception {
        if (server == null) {
            dataDir = Files.createTempDirectory("principal-prep-pg");
            server = new PostgresServer(PostgresServer.findBinaries(), dataDir.resolve("data"),
                    dataDir.resolve("postgres.log"), FreePorts.find(), false);
            server.start(Duration.ofSeconds(60));
        }
        return server;
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            try {
                server.stop();
                DataFolders.delete(dataDir);
            } catch (Exception e) {
                throw new IllegalStateException("PostgreSQL did not stop", e);
            }
            server = null;
        }
    }
}
