package dev.principalprep.progress.costpractice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

import dev.principalprep.delivery.deadletter.DeadLetterRedrive;
import dev.principalprep.events.EstimateCreated;
import dev.principalprep.events.Topics;
import dev.principalprep.localstack.testing.JwtTestResource;
import dev.principalprep.localstack.testing.KafkaTestResource;
import dev.principalprep.localstack.testing.PostgresTestResource;
import dev.principalprep.localstack.testing.TestTopics;
import dev.principalprep.progress.support.Curriculum;
import dev.principalprep.progress.support.ProgressServiceTest;
import dev.principalprep.progress.support.QueryPlans;

/**
 * The consumer side's guarantees on {@code cost.estimates.v1}. Every record of one test carries the same key, so they
 * share a partition and are applied in the order sent: once the last one counts, every one before it was consumed.
 */
@ProgressServiceTest
class EstimateCreatedConsumerTest {

    @Inject
    Mutiny.SessionFactory sessionFactory;

    private static final String DLQ = "cost.estimates.v1.progress-dlq";

    private static void send(String learner, String eventId, String estimateId) {
        TestTopics.send(Topics.COST_ESTIMATES, learner, estimate(learner, estimateId),
                TestTopics.cloudEvent(eventId, EstimateCreated.TYPE));
    }

    private static String estimate(String learner, String estimateId) {
        return """
                {"estimateId": "%s", "owner": "%s", "totalLow": 27300.00, "totalHigh": 42300.00,
                 "catalog": "module-9", "catalogVersion": 1}""".formatted(estimateId, learner);
    }

    private static void expectPasses(String learner, String module, int passes) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .auth().oauth2(JwtTestResource.token(learner, "learner"))
                .when().get("/api/v1/learners/me/modules/" + module + "/progress")
                .then().statusCode(200).body("costPractice.passes", equalTo(passes)));
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }

    /**
     * Mechanism: the statements applying a record are planned once. Hibernate 7.2 cannot compare the mapping it makes
     * for a native query's result class, so such a query missed its query plan cache on every record and added a plan,
     * until the full cache made every lookup a long search (measured: 2,048 plans, most in one bin). The inbox and the
     * erasure check now run an update and a mapped query.
     */
    @Test
    void applyingMoreEventsFindsEveryQueryPlanInTheCache() {
        String learner = "learner-plans-" + uuid();
        Curriculum.publish("plans-module");
        int more = 30;
        QueryPlans.assertKept(sessionFactory, () -> {
            sendNow(learner, 5);
            expectPasses(learner, "plans-module", 5);
        }, () -> {
            sendNow(learner, more);
            expectPasses(learner, "plans-module", 5 + more);
        }, 10);
    }

    /** Estimates with their time, so that each is also checked against the learner's erasures. */
    private static void sendNow(String learner, int estimates) {
        for (int i = 0; i < estimates; i++) {
            Map<String, String> headers = new HashMap<>(TestTopics.cloudEvent(uuid(), EstimateCreated.TYPE));
            headers.put(TestTopics.CE_TIME, Instant.now().toString());
            TestTopics.send(Topics.COST_ESTIMATES, learner, estimate(learner, uuid()), headers);
        }
    }

    /**
     * Mechanism: the inbox (processed_event, written in the transaction of the effect). The repeat carries the id of an
     * applied event but another estimate, so the cost pass key does not stop it: only the inbox can.
     */
    @Test
    void aRepeatedEventIdChangesNothingEvenWhenItsDataDiffers() {
        String learner = "learner-inbox-" + uuid();
        Curriculum.publish("inbox-module");
        String id = uuid();
        send(learner, id, uuid());
        send(learner, id, uuid());
        send(learner, uuid(), uuid());

        expectPasses(learner, "inbox-module", 2);
        // The marker is applied, so the repeat before it was consumed: still two.
        given().auth().oauth2(JwtTestResource.token(learner, "learner"))
                .when().get("/api/v1/learners/me/modules/inbox-module/progress")
                .then().body("costPractice.passes", equalTo(2));
    }

    /**
     * Mechanism: the cost pass key (the insert does nothing where the pass is there already). The repeat is the same
     * estimate under another event id, which the inbox cannot know; without the key's rule its insert fails, and the
     * partition waits on it for good, so the estimate after it is never counted.
     */
    @Test
    void theSameEstimateUnderAnotherEventIdCountsOnceAndTheStreamGoesOn() {
        String learner = "learner-pass-key-" + uuid();
        Curriculum.publish("pass-key-module");
        String estimate = uuid();
        send(learner, uuid(), estimate);
        send(learner, uuid(), estimate);
        send(learner, uuid(), uuid());

        expectPasses(learner, "pass-key-module", 2);
    }

    /**
     * Mechanism: retry with backoff of a transient failure (the database is down), holding the partition. Without it
     * the event goes to the dead-letter topic and is never counted.
     */
    @Test
    void anEventArrivingWhileTheDatabaseIsDownIsAppliedOnceItIsBackAndNeverDeadLettered() throws Exception {
        String learner = "learner-db-outage-" + uuid();
        Curriculum.publish("db-outage-module");
        String id = uuid();
        PostgresTestResource.stopServer();
        try {
            send(learner, id, uuid());
            Thread.sleep(3000);
        } finally {
            PostgresTestResource.startServer();
        }
        send(learner, uuid(), uuid());

        expectPasses(learner, "db-outage-module", 2);
        assertEquals(List.of(), deadLettered(id));
    }

    /** Mechanism: the dead-letter policy, only for records that cannot be read or break the schema, with the reason. */
    @Test
    void unreadableAndSchemaBreakingRecordsAreDeadLetteredWithTheReasonAndTheStreamGoesOn() {
        String learner = "learner-poison-" + uuid();
        Curriculum.publish("poison-module");
        String unreadable = uuid();
        String noOwner = uuid();
        TestTopics.send(Topics.COST_ESTIMATES, learner, "{\"estimateId\": 42",
                TestTopics.cloudEvent(unreadable, EstimateCreated.TYPE));
        TestTopics.send(Topics.COST_ESTIMATES, learner, estimate(learner, uuid()).replace("\"owner\"", "\"ownr\""),
                TestTopics.cloudEvent(noOwner, EstimateCreated.TYPE));
        send(learner, uuid(), uuid());

        expectPasses(learner, "poison-module", 1);
        assertTrue(reason(deadLettered(unreadable)).startsWith("data is not JSON"), reason(deadLettered(unreadable)));
        assertTrue(reason(deadLettered(noOwner)).contains("owner"), reason(deadLettered(noOwner)));
    }

    /**
     * Mechanism: the redrive command. Records dead-lettered although they were well formed (as the old policy did when
     * the database was down) are sent back to their topic and applied; a second run sends nothing again. They sit on a
     * dead-letter topic of this test's own, so the poison other tests leave on the real one stays out of the count.
     */
    @Test
    void redrivingADeadLetterTopicAppliesWhatItHeldOnce() {
        String learner = "learner-redrive-" + uuid();
        String deadLetters = "test.redrive-" + uuid() + ".dlq";
        Curriculum.publish("redrive-module");
        for (int i = 0; i < 2; i++) {
            Map<String, String> headers = new HashMap<>(TestTopics.cloudEvent(uuid(), EstimateCreated.TYPE));
            headers.put("dead-letter-topic", Topics.COST_ESTIMATES);
            headers.put("dead-letter-reason", "database unreachable");
            TestTopics.send(deadLetters, learner, estimate(learner, uuid()), headers);
        }

        int first = DeadLetterRedrive.redrive(KafkaTestResource.bootstrapServers(), deadLetters);
        int second = DeadLetterRedrive.redrive(KafkaTestResource.bootstrapServers(), deadLetters);

        assertEquals(2, first);
        assertEquals(0, second);
        expectPasses(learner, "redrive-module", 2);
    }

    private static List<ConsumerRecord<String, String>> deadLettered(String eventId) {
        return TestTopics.readAll(DLQ, read -> true, Duration.ofSeconds(2), Duration.ofSeconds(30)).stream()
                .filter(r -> eventId.equals(TestTopics.header(r, TestTopics.CE_ID))).toList();
    }

    private static String reason(List<ConsumerRecord<String, String>> records) {
        assertEquals(1, records.size(), "dead-lettered once");
        return new String(records.get(0).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
    }
}
