package dev.principalprep.cost.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.principalprep.delivery.consumer.EventReader;
import dev.principalprep.events.EventType;
import dev.principalprep.localstack.testing.TestTopics;

/** Reads what cost-service announced on a topic, as a consumer would. */
public final class Announcements {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Announcements() {
    }

    /**
     * The one record with this key, counted among every record of the topic, read to its end after the relay's poll
     * has had time to run again: a second copy (at commit and again by the poll, or by two relays) fails the count,
     * and so does a record that breaks its event type's schema.
     */
    public static ConsumerRecord<String, String> once(String topic, String key, EventType<?> type) {
        List<ConsumerRecord<String, String>> records = TestTopics.readAll(topic,
                read -> read.stream().anyMatch(r -> key.equals(r.key())), Duration.ofSeconds(3), Duration.ofSeconds(60));
        List<ConsumerRecord<String, String>> mine = records.stream().filter(r -> key.equals(r.key())).toList();
        assertEquals(1, mine.size(), "announced once");
        try {
            assertEquals(Set.of(), EventReader.violations(type, JSON.readTree(mine.get(0).value())),
                    "the record as sent follows its schema");
        } catch (JsonProcessingException e) {
            throw new AssertionError("the record is not JSON: " + mine.get(0).value(), e);
        }
        return mine.get(0);
    }
}
