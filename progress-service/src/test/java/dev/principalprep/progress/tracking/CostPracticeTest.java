package dev.principalprep.progress.tracking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import dev.principalprep.events.CostPassGraded;
import dev.principalprep.events.EstimateCreated;
import dev.principalprep.events.Topics;
import dev.principalprep.localstack.testing.JwtTestResource;
import dev.principalprep.localstack.testing.TestTopics;
import dev.principalprep.progress.support.Curriculum;
import dev.principalprep.progress.support.ProgressServiceTest;

@ProgressServiceTest
class CostPracticeTest {

    private static final String LEARNER = "learner-cost";

    private static void estimate(String eventId, String estimateId) {
        TestTopics.send(Topics.COST_ESTIMATES, estimateId, """
                {"estimateId": "%s", "owner": "%s", "totalLow": 27300.00, "totalHigh": 42300.00,
                 "catalog": "module-9", "catalogVersion": 1}""".formatted(estimateId, LEARNER),
                TestTopics.cloudEvent(eventId, EstimateCreated.TYPE));
    }

    private static void graded(String learner, String eventId, int score, String referenceHigh) {
        String passId = UUID.randomUUID().toString();
        TestTopics.send(Topics.COST_PASSES, passId, """
                {"passId": "%s", "owner": "%s", "promptId": "module-9-example", "score": %d,
                 "referenceTotalLow": %s, "referenceTotalHigh": %s, "catalog": "module-9", "catalogVersion": 1}"""
                .formatted(passId, learner, score, referenceHigh, referenceHigh),
                TestTopics.cloudEvent(eventId, CostPassGraded.TYPE));
    }

    private static void expectPasses(int passes, boolean done) {
        expectPasses(LEARNER, passes, done);
    }

    private static void expectPasses(String learner, int passes, boolean done) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .auth().oauth2(JwtTestResource.token(learner, "learner"))
                .when().get("/api/v1/learners/me/modules/cost-practice-module/progress")
                .then().statusCode(200)
                .body("costPractice.passes", equalTo(passes))
                .body("costPractice.done", equalTo(done))
                .body("items.find { it.id == 'practice-cost-calculations' }.status",
                        equalTo(done ? "COMPLETED" : "NOT_STARTED")));
    }

    @Test
    void threeCostPassesFromRealEventsCompleteTheChecklistItemEvenWithRepeatsAndPoison() {
        Curriculum.publish("cost-practice-module");
        String first = UUID.randomUUID().toString();
        String estimate = UUID.randomUUID().toString();
        estimate(first, estimate);
        estimate(first, estimate);
        estimate(UUID.randomUUID().toString(), estimate);
        TestTopics.send(Topics.COST_ESTIMATES, "x", "{\"estimateId\": 42",
                TestTopics.cloudEvent(UUID.randomUUID().toString(), EstimateCreated.TYPE));
        estimate(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        expectPasses(2, false);

        estimate(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        expectPasses(3, true);
        String item = "/api/v1/learners/me/modules/cost-practice-module/items/practice-cost-calculations";
        given().auth().oauth2(JwtTestResource.token(LEARNER, "learner")).contentType("application/json")
                .body("{\"status\": \"NOT_STARTED\"}").when().put(item)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("completed by your 3 cost passes"))
                .body("violations[0].field", equalTo("status"));
        given().auth().oauth2(JwtTestResource.token(LEARNER, "learner")).contentType("application/json")
                .body("{\"status\": \"COMPLETED\", \"minutesSpent\": 25}").when().put(item)
                .then().statusCode(200).body("item.status", equalTo("COMPLETED")).body("item.minutesSpent", equalTo(25));

        var dead = TestTopics.readUntil("cost.estimates.v1.progress-dlq", read -> !read.isEmpty(), Duration.ofSeconds(30));
        assertEquals("{\"estimateId\": 42", dead.get(0).value());
    }

    @Test
    void gradedPassesCountAtOrAboveTheThresholdAndZeroEstimatesNever() {
        String learner = "learner-graded";
        Curriculum.publish("cost-practice-module");
        graded(learner, UUID.randomUUID().toString(), 84, "42300.00");
        graded(learner, UUID.randomUUID().toString(), 100, "0");
        TestTopics.send(Topics.COST_ESTIMATES, UUID.randomUUID().toString(), """
                {"estimateId": "%s", "owner": "%s", "totalLow": 0, "totalHigh": 0,
                 "catalog": "module-9", "catalogVersion": 1}""".formatted(UUID.randomUUID(), learner),
                TestTopics.cloudEvent(UUID.randomUUID().toString(), EstimateCreated.TYPE));
        String counted = UUID.randomUUID().toString();
        graded(learner, counted, 85, "42300.00");
        graded(learner, counted, 85, "42300.00");
        expectPasses(learner, 1, false);

        graded(learner, UUID.randomUUID().toString(), 100, "42300.00");
        TestTopics.send(Topics.COST_PASSES, "x", "{\"passId\": 7",
                TestTopics.cloudEvent(UUID.randomUUID().toString(), CostPassGraded.TYPE));
        graded(learner, UUID.randomUUID().toString(), 92, "42300.00");
        expectPasses(learner, 3, true);

        var dead = TestTopics.readUntil("cost.passes.v1.progress-dlq",
                read -> read.stream().anyMatch(r -> "{\"passId\": 7".equals(r.value())), Duration.ofSeconds(30));
        assertTrue(dead.stream().anyMatch(r -> "{\"passId\": 7".equals(r.value())), "the unreadable record is dead-lettered");
    }
}
