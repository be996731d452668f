package dev.principalprep.localstack.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** The MongoDB stand-in of the shared test stack, in memory. */
public class MongoTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.mongodb.connection-string", TestStack.mongoConnectionString());
    }

    @Override
    public void stop() {
        // The stand-in outlives this test JVM: the test stack stops it when the Maven run ends.
    }
}
