package dev.principalprep.localstack.testing;

import java.util.Map;

import dev.principalprep.localstack.KafkaBroker;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** One real KRaft broker per test JVM, shared by every test class; tests may stop and start it to simulate an outage. */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaBroker broker;

    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            try {
                broker = KafkaBroker.startFresh();
            } catch (Exception e) {
                throw new IllegalStateException("Kafka broker did not start", e);
            }
        }
        return broker;
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", broker().bootstrapServers());
    }

    @Override
    public synchronized void stop() {
        if (broker != null) {
            try {
                broker.stopAndDelete();
            } catch (Exception e) {
                throw new IllegalStateException("Kafka broker did not stop", e);
            }
            broker = null;
        }
    }
}
