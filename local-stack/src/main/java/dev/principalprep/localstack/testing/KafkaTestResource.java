package dev.principalprep.localstack.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The Kafka broker of the shared test stack: one per Maven run, shared by every test class of every module; tests may
 * stop and start it to simulate an outage.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", TestStack.kafkaBootstrapServers());
    }

    @Override
    public void stop() {
        // The broker outlives this test JVM: the test stack stops it when the Maven run ends.
    }

    public static String bootstrapServers() {
        return TestStack.kafkaBootstrapServers();
    }

    public static void stopBroker() {
        TestStack.stopKafka();
    }

    public static void startBroker() {
        TestStack.startKafka();
    }
}
