package dev.principalprep.localstack.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads and writes topics of the shared test broker as an outside producer or consumer would. */
public final class TestTopics {

    /** CloudEvents attributes as Kafka headers (the Kafka protocol binding, binary mode). */
    public static final String CE_ID = "ce_id";
    public static final String CE_TYPE = "ce_type";
    public static final String CE_SOURCE = "ce_source";
    public static final String CE_SUBJECT = "ce_subject";
    public static final String CE_TIME = "ce_time";

    private TestTopics() {
    }

    /** The headers of a CloudEvent in binary mode, as a producer of the platform writes them. */
    public static Map<String, String> cloudEvent(String id, String type) {
        return Map.of("ce_specversion", "1.0", CE_ID, id, CE_TYPE, type, CE_SOURCE, "/tests");
    }

    /**
     * Every record on the topic once {@code done} holds for what was read and {@code settle} has passed with the
     * reader still reading, up to the topic's end: for counting, so a copy sent a little later is counted too.
     */
    public static List<ConsumerRecord<String, String>> readAll(String topic,
            Predicate<List<ConsumerRecord<String, String>>> done, Duration settle, Duration timeout) {
        Instant[] settledAt = { null };
        return readUntil(topic, read -> {
            if (settledAt[0] == null && done.test(read)) {
                settledAt[0] = Instant.now().plus(settle);
            }
            return settledAt[0] != null && Instant.now().isAfter(settledAt[0]);
        }, timeout.plus(settle), true);
    }

    /** Reads the topic from its start until {@code done} holds for what was read, or fails after the timeout. */
    public static List<ConsumerRecord<String, String>> readUntil(String topic,
            Predicate<List<ConsumerRecord<String, String>>> done, Duration timeout) {
        return readUntil(topic, done, timeout, false);
    }

    private static List<ConsumerRecord<String, String>> readUntil(String topic,
            Predicate<List<ConsumerRecord<String, String>>> done, Duration timeout, boolean toTheEnd) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (!done.test(records)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("Not found on " + topic + " within " + timeout + "; read " + records.size()
                            + " records: " + records.stream().map(ConsumerRecord::value).toList());
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            if (toTheEnd) {
                Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
                while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                    consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                }
            }
        }
        return records;
    }

    /** Sends a record with the given headers and waits for the broker's acknowledgement. */
    public static void send(String topic, String key, String value, Map<String, String> headers) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, header) -> record.headers().add(name, header.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
