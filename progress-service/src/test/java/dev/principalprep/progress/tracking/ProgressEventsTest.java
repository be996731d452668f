package dev.principalprep.progress.tracking;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

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

        List<ConsumerRecord<String, String>> mine = TestTopics.readAll(Topics.PROGRESS_EVENTS,
                read -> read.stream().anyMatch(r -> LEARNER.equals(r.key())
                        && ModuleCompleted.TYPE.equals(TestTopics.header(r, TestTopics.CE_TYPE))),
                Duration.ofSeconds(3), Duration.ofSeconds(60)).stream().filter(r -> LEARNER.equals(r.key())).toList();

        List<String> items = mine.stream().filter(r -> ItemCompleted.TYPE.equals(TestTopics.header(r, TestTopics.CE_TYPE)))
                .map(r -> r.value().replaceAll(".*\"itemId\":\"([^\"]+)\".*", "$1")).toList();
        assertEquals(List.of("step-a", "step-b", "practice-cost-calculations", "takeaway"), items);
        ConsumerRecord<String, String> module = mine.get(mine.size() - 1);
        assertEquals(ModuleCompleted.TYPE, TestTopics.header(module, TestTopics.CE_TYPE));
        assertTrue(module.value().contains("\"minutesSpent\":40"), module.value());
        assertEquals("/progress-service", TestTopics.header(module, TestTopics.CE_SOURCE));
    }

    /**
     * Mechanism: the conditional update that sets an item's completion time only where there is none (one event per
     * fact, decided by the database). Eight clients complete the same three items at once, four times each; every
     * record on the topic is counted: one ItemCompleted per item, one ModuleCompleted, each with its own event id.
     */
    @Test
    void parallelIdenticalCompletionsAnnounceEachItemOnce() throws Exception {
        String learner = "learner-parallel-" + UUID.randomUUID();
        Curriculum.publish("parallel-module");
        List<String> items = List.of("step-a", "step-b", "practice-cost-calculations", "takeaway");
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (String item : items) {
                    for (int client = 0; client < 8; client++) {
                        answers.add(clients.submit(() -> given()
                                .auth().oauth2(JwtTestResource.token(learner, "learner")).contentType(ContentType.JSON)
                                .body("{\"status\": \"COMPLETED\", \"minutesSpent\": 10}")
                                .when().put("/api/v1/learners/me/modules/parallel-module/items/" + item)
                                .then().extract().statusCode()));
                    }
                }
            }
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get());
            }
        } finally {
            clients.shutdown();
        }

        List<ConsumerRecord<String, String>> mine = TestTopics.readAll(Topics.PROGRESS_EVENTS,
                read -> read.stream().anyMatch(r -> learner.equals(r.key())
                        && ModuleCompleted.TYPE.equals(TestTopics.header(r, TestTopics.CE_TYPE))),
                Duration.ofSeconds(3), Duration.ofSeconds(60)).stream().filter(r -> learner.equals(r.key())).toList();
        Map<String, Long> completions = mine.stream()
                .filter(r -> ItemCompleted.TYPE.equals(TestTopics.header(r, TestTopics.CE_TYPE)))
                .collect(Collectors.groupingBy(r -> r.value().replaceAll(".*\"itemId\":\"([^\"]+)\".*", "$1"),
                        Collectors.counting()));
        assertEquals(Map.of("step-a", 1L, "step-b", 1L, "practice-cost-calculations", 1L, "takeaway", 1L), completions);
        assertEquals(1, mine.stream().filter(r -> ModuleCompleted.TYPE.equals(TestTopics.header(r, TestTopics.CE_TYPE)))
                .count());
        assertEquals(mine.size(), mine.stream().map(r -> TestTopics.header(r, TestTopics.CE_ID)).distinct().count());
    }
}
