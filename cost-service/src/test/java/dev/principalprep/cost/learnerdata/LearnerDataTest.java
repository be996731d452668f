package dev.principalprep.cost.learnerdata;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.principalprep.cost.costpass.CostPassExamples;
import dev.principalprep.cost.support.CostServiceTest;
import dev.principalprep.cost.support.Estimates;
import dev.principalprep.events.LearnerErased;
import dev.principalprep.events.LearnerErasureCompleted;
import dev.principalprep.events.Topics;
import dev.principalprep.localstack.testing.JwtTestResource;
import dev.principalprep.localstack.testing.TestTopics;
import io.restassured.http.ContentType;

/** A learner's estimates and cost passes: exported whole, erased once on LearnerErased, the answer announced once. */
@CostServiceTest
class LearnerDataTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static String uuid() {
        return UUID.randomUUID().toString();
    }

    private static String token(String learner) {
        return JwtTestResource.token(learner, "learner");
    }

    private static void learnerWithData(String learner) {
        Estimates.create(token(learner), "{\"preset\": \"module-9-example\"}");
        given().auth().oauth2(token(learner)).contentType(ContentType.JSON).body(CostPassExamples.SAID_CORRECTLY)
                .when().post("/api/v1/cost-passes").then().statusCode(201);
    }

    private static void sendErased(String eventId, String erasureId, String learner) {
        TestTopics.send(Topics.PROGRESS_ERASURES, learner, """
                {"erasureId": "%s", "learnerId": "%s", "requestedAt": "%s"}""".formatted(erasureId, learner,
                Instant.now()), TestTopics.cloudEvent(eventId, LearnerErased.TYPE));
    }

    private static List<String> answersTo(List<ConsumerRecord<String, String>> records, String erasureId) {
        return records.stream().filter(r -> erasureId.equals(r.key())
                && LearnerErasureCompleted.TYPE.equals(TestTopics.header(r, TestTopics.CE_TYPE)))
                .map(ConsumerRecord::value).toList();
    }

    /**
     * Mechanism: the inbox. The repeat carries the id of the applied event; without the inbox it would find nothing
     * left and announce a second answer (recordsErased 0). The marker erasure's answer comes after it on the topic.
     */
    @Test
    void anErasureDeletesTheLearnersDataOnceAndAnswersOnceWhileAnotherLearnerKeepsAll() {
        String learner = "learner-erased-" + uuid();
        String other = "learner-kept-" + uuid();
        learnerWithData(learner);
        learnerWithData(other);
        given().auth().oauth2(token(learner)).when().get("/api/v1/learners/me/export").then().statusCode(200)
                .body("learnerId", equalTo(learner)).body("estimates", hasSize(1))
                .body("estimates[0].preset", equalTo("module-9-example"))
                .body("costPasses", hasSize(1)).body("costPasses[0].promptId", equalTo("module-9-example"));

        String erasureId = uuid();
        String eventId = uuid();
        sendErased(eventId, erasureId, learner);
        sendErased(eventId, erasureId, learner);
        String marker = uuid();
        sendErased(uuid(), marker, "learner-nobody-" + uuid());
        List<ConsumerRecord<String, String>> answers = TestTopics.readAll(Topics.COST_ERASURES,
                records -> !answersTo(records, marker).isEmpty(), Duration.ofSeconds(1), WAIT);
        assertEquals(List.of("{\"erasureId\":\"" + erasureId + "\",\"service\":\"cost-service\",\"recordsErased\":2}"),
                answersTo(answers, erasureId));

        given().auth().oauth2(token(learner)).when().get("/api/v1/learners/me/export").then().statusCode(200)
                .body("estimates", hasSize(0)).body("costPasses", hasSize(0));
        given().auth().oauth2(token(learner)).when().get("/api/v1/estimates").then().statusCode(200)
                .body("total", equalTo(0));
        given().auth().oauth2(token(other)).when().get("/api/v1/learners/me/export").then().statusCode(200)
                .body("estimates", hasSize(1)).body("costPasses", hasSize(1));
    }

    @Test
    void anLdAdminExportsAnyLearnerAndNoOneElseDoes() {
        String learner = "learner-admin-" + uuid();
        learnerWithData(learner);
        given().auth().oauth2(JwtTestResource.token("ld-admin-1", "ld-admin"))
                .when().get("/api/v1/learners/" + learner + "/export").then().statusCode(200)
                .body("estimates", hasSize(1));
        given().auth().oauth2(JwtTestResource.token("hr-platform", "integration"))
                .when().get("/api/v1/learners/" + learner + "/export").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(token("learner-other")).when().get("/api/v1/learners/" + learner + "/export").then()
                .statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/learners/me/export").then().statusCode(401);
        given().auth().oauth2(JwtTestResource.token("ld-admin-1", "ld-admin"))
                .when().get("/api/v1/learners/" + "x".repeat(129) + "/export").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
