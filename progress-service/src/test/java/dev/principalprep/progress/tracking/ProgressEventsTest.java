package dev.principalprep.progress.tracking;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.principalprep.events.CloudEventHeaders;
import dev.principalprep.events.ItemCompleted;
import dev.principalprep.events.ModuleCompleted;
import dev.principalprep.events.Topics;
import dev.principalprep.localstack.testing.JwtTestResource;
import dev.principalprep.localstack.testing.TestTopics;
import dev.principalprep.progress.support.Curriculum;
import dev.principalprep.progress.support.ProgressServiceTest;
import io.restassured.http.ContentType;

@ProgressServiceTest
class ProgressEventsTest {

    private static final String LEARNER = "learner-events";

    private static void complete(String item) {
        given().auth().oauth2(JwtTestResource.token(LEARNER, "learner")).contentType(ContentType.JSON)
                .body("{\"status\": \"COMPLETED\", \"minutesSpent\": 10}")
                .when().put("/api/v1/learners/me/modules/events-module/items/" + item)
                .then().statusCode(200);
    }

    @Test
    void firstCompletionsAndTheModulesCompletionAreAnnouncedOnce() {
        Curriculum.publish("events-module");
        complete("step-a");
        complete("step-a");
        complete("step-b");
        complete("practice-cost-calculations");
        complete("takeaway");

        List<ConsumerRecord<String, String>> mine = TestTopics.readUntil(Topics.PROGRESS_EVENTS,
                read -> read.stream().anyMatch(r -> LEARNER.equals(r.key())
                        && ModuleCompleted.TYPE.equals(TestTopics.header(r, CloudEventHeaders.TYPE))),
                Duration.ofSeconds(60)).stream().filter(r -> LEARNER.equals(r.key())).toList();

        List<String> items = mine.stream().filter(r -> ItemCompleted.TYPE.equals(TestTopics.header(r, CloudEventHeaders.TYPE)))
                .map(r -> r.value().replaceAll(".*\"itemId\":\"([^\"]+)\".*", "$1")).toList();
        assertEquals(List.of("step-a", "step-b", "practice-cost-calculations", "takeaway"), items);
        ConsumerRecord<String, String> module = mine.get(mine.size() - 1);
        assertEquals(ModuleCompleted.TYPE, TestTopics.header(module, CloudEventHeaders.TYPE));
        assertTrue(module.value().contains("\"minutesSpent\":40"), module.value());
        assertEquals("/progress-service", TestTopics.header(module, CloudEventHeaders.SOURCE));
    }
}
