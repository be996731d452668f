package dev.principalprep.delivery.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends the records of a dead-letter topic back to the topic they came from (its {@code dead-letter-topic} header),
 * with their key, value and CloudEvents headers, once the cause is fixed. What it has redriven is remembered as the
 * offsets of the consumer group {@code <dead-letter topic>.redrive}, so a second run sends only what arrived since;
 * the consumers' inboxes drop any event they had applied after all. Run it as
 * {@code java -cp '<service>/lib/main/*' dev.principalprep.delivery.deadletter.DeadLetterRedrive <bootstrap> <topic>}
 * ({@code ./platform redrive <topic>} locally).
 */
public final class DeadLetterRedrive {

    /** The header the connector's dead-letter strategy writes with the original topic. */
    static final String ORIGINAL_TOPIC = "dead-letter-topic";
    private static final String DEAD_LETTER_HEADERS = "dead-letter-";

    private DeadLetterRedrive() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: DeadLetterRedrive <bootstrap servers> <dead-letter topic>");
            System.exit(2);
        }
        System.out.println("redriven " + redrive(args[0], args[1]) + " records from " + args[1]);
    }

    /** Redrives what the dead-letter topic holds now; returns how many records were sent back. */
    public static int redrive(String bootstrapServers, String deadLetterTopic) {
        Map<String, Object> common = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        Properties consumerConfig = new Properties();
        consumerConfig.putAll(common);
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, deadLetterTopic + ".redrive");
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumerConfig.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumerConfig.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        Properties producerConfig = new Properties();
        producerConfig.putAll(common);
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        int sent = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig);
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig)) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    producer.send(back(record)).get();
                    sent++;
                    done.put(new TopicPartition(record.topic(), record.partition()),
                            new OffsetAndMetadata(record.offset() + 1));
                }
            }
            consumer.commitSync(done);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("redrive of " + deadLetterTopic + " interrupted after " + sent + " records", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("redrive of " + deadLetterTopic + " stopped after " + sent + " records",
                    e.getCause());
        }
        return sent;
    }

    private static ProducerRecord<byte[], byte[]> back(ConsumerRecord<byte[], byte[]> record) {
        Header original = record.headers().lastHeader(ORIGINAL_TOPIC);
        if (original == null) {
            throw new IllegalStateException("record " + record.offset() + " of " + record.topic() + " has no "
                    + ORIGINAL_TOPIC + " header: not written by a dead-letter strategy");
        }
        ProducerRecord<byte[], byte[]> back = new ProducerRecord<>(new String(original.value(), StandardCharsets.UTF_8),
                record.key(), record.value());
        for (Header header : record.headers()) {
            if (!header.key().startsWith(DEAD_LETTER_HEADERS)) {
                back.headers().add(header);
            }
        }
        return back;
    }
}
