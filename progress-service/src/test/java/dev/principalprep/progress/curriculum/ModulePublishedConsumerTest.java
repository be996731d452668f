package dev.principalprep.progress.curriculum;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import dev.principalprep.events.CloudEventHeaders;
import dev.principalprep.events.ModulePublished;
import dev.principalprep.events.Topics;
import dev.principalprep.localstack.testing.KafkaTestResource;
import dev.principalprep.localstack.testing.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "progress"))
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class ModulePublishedConsumerTest {

    private static final String MODULE_V1 = """
            {"moduleId": "module-t1", "version": 1, "title": "Consumer check", "estimatedHoursMin": 1,
             "estimatedHoursMax": 2, "items": [
               {"id": "a", "kind": "STEP", "title": "First", "estimatedMinutes": 30},
               {"id": "b", "kind": "STEP", "title": "Second", "estimatedMinutes": 45}]}""";

    @Test
    void appliesAPublicationOnceAndSendsPoisonToTheDeadLetterTopic() {
        String eventId = UUID.randomUUID().toString();
        send(eventId, ModulePublished.TYPE, MODULE_V1);
        send(eventId, ModulePublished.TYPE, MODULE_V1.replace("\"First\"", "\"Changed by a repeat\""));
        send(UUID.randomUUID().toString(), ModulePublished.TYPE, "{not json");
        String after = UUID.randomUUID().toString();
        send(after, ModulePublished.TYPE, MODULE_V1.replace("\"version\": 1", "\"version\": 2")
                .replace("\"a\", \"kind\": \"STEP\", \"title\": \"First\"", "\"c\", \"kind\": \"STEP\", \"title\": \"Third\""));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when()
                .get("/api/v1/curriculum/modules")
                .then().statusCode(200)
                .body("find { it.moduleId == 'module-t1' }.version", equalTo(2)));
        given().when().get("/api/v1/curriculum/modules")
                .then().body("find { it.moduleId == 'module-t1' }.items.id", contains("c", "b"))
                .body("find { it.moduleId == 'module-t1' }.estimatedMinutesTotal", equalTo(75));

        List<ConsumerRecord<String, String>> dead = readAll("content.modules.v1.progress-dlq", 1);
        assertEquals("{not json", dead.get(0).value());
    }

    private static void send(String eventId, String type, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.CONTENT_MODULES, "module-t1", value);
            record.headers().add(CloudEventHeaders.ID, eventId.getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
            producer.send(record);
        }
    }

    private static List<ConsumerRecord<String, String>> readAll(String topic, int atLeast) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(topic));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= atLeast;
            });
        }
        return records;
    }
}
