package dev.principalprep.localstack.testing;

import java.util.Map;

import dev.principalprep.localstack.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The PostgreSQL server of the shared test stack, with the database named by the {@code database} init argument
 * (default {@code app}) created on first use.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        String[] urls = TestStack.database(database);
        return Map.of(
                "quarkus.datasource.username", PostgresServer.SUPERUSER,
                "quarkus.datasource.password", "",
                "quarkus.datasource.reactive.url", urls[0],
                "quarkus.datasource.jdbc.url", urls[1]);
    }

    @Override
    public void stop() {
        // The server outlives this test JVM: the test stack stops it when the Maven run ends.
    }

    /** Stops the server (its data stays), to simulate an outage; {@link #startServer()} brings it back. */
    public static void stopServer() {
        TestStack.stopPostgres();
    }

    public static void startServer() {
        TestStack.startPostgres();
    }
}
