package dev.principalprep.progress.curriculum;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import dev.principalprep.events.ModulePublished;
import dev.principalprep.events.Topics;
import dev.principalprep.localstack.testing.TestTopics;
import dev.principalprep.progress.support.ProgressServiceTest;

@ProgressServiceTest
class ModulePublishedConsumerTest {

    private static final String MODULE_V1 = """
            {"moduleId": "module-t1", "version": 1, "title": "Consumer check", "estimatedHoursMin": 1,
             "estimatedHoursMax": 2, "items": [
               {"id": "a", "kind": "STEP", "title": "First", "estimatedMinutes": 30},
               {"id": "b", "kind": "STEP", "title": "Second", "estimatedMinutes": 45}]}""";

    /** Mechanisms: the inbox for the repeat, the dead-letter policy for the record that is not JSON. */
    @Test
    void appliesAPublicationOnceAndSendsPoisonToTheDeadLetterTopic() {
        String eventId = UUID.randomUUID().toString();
        send(eventId, ModulePublished.TYPE, MODULE_V1);
        // The repeat carries a newer version, so the version check would apply it: only the inbox (the event id) stops it.
        send(eventId, ModulePublished.TYPE, MODULE_V1.replace("\"First\"", "\"Changed by a repeat\"")
                .replace("\"version\": 1", "\"version\": 2"));
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

        List<ConsumerRecord<String, String>> dead = TestTopics.readUntil("content.modules.v1.progress-dlq",
                read -> !read.isEmpty(), Duration.ofSeconds(30));
        assertEquals("{not json", dead.get(0).value());
    }

    private static void send(String eventId, String type, String value) {
        TestTopics.send(Topics.CONTENT_MODULES, "module-t1", value,
                TestTopics.cloudEvent(eventId, type));
    }
}
