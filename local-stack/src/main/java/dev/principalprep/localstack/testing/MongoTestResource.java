package dev.principalprep.localstack.testing;

import java.util.Map;

import dev.principalprep.localstack.MongoStandIn;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** One in-memory MongoDB stand-in per test JVM. */
public class MongoTestResource implements QuarkusTestResourceLifecycleManager {

    private static MongoStandIn mongo;

    @Override
    public synchronized Map<String, String> start() {
        if (mongo == null) {
            mongo = MongoStandIn.inMemory().start();
        }
        return Map.of("quarkus.mongodb.connection-string", mongo.connectionString());
    }

    @Override
    public synchronized void stop() {
        if (mongo != null) {
            mongo.stop();
            mongo = null;
        }
    }
}
