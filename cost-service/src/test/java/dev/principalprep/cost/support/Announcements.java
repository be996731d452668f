package dev.principalprep.cost.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import dev.principalprep.localstack.testing.TestTopics;

/** Reads what cost-service announced on a topic, as a consumer would. */
public final class Announcements {

    private Announcements() {
    }

    /** The one record with this key; fails when there is none within a minute, or more than one. */
    public static ConsumerRecord<String, String> once(String topic, String key) {
        List<ConsumerRecord<String, String>> records = TestTopics.readUntil(topic,
                read -> read.stream().anyMatch(r -> key.equals(r.key())), Duration.ofSeconds(60));
        List<ConsumerRecord<String, String>> mine = records.stream().filter(r -> key.equals(r.key())).toList();
        assertEquals(1, mine.size(), "announced once");
        return mine.get(0);
    }
}
