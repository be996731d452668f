package dev.principalprep.cost.estimate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import dev.principalprep.cost.support.Announcements;
import dev.principalprep.cost.support.CostServiceTest;
import dev.principalprep.cost.support.Estimates;
import dev.principalprep.events.EstimateCreated;
import dev.principalprep.events.EventTypes;
import dev.principalprep.events.Topics;
import dev.principalprep.localstack.testing.JwtTestResource;
import dev.principalprep.localstack.testing.KafkaTestResource;
import dev.principalprep.localstack.testing.TestTopics;
import io.restassured.http.ContentType;

@CostServiceTest
class EstimateEventsTest {

    @Test
    void aSavedEstimateIsAnnouncedWithCloudEventsHeaders() throws Exception {
        String id = Estimates.create(JwtTestResource.token("learner-events", "learner"),
                "{\"preset\": \"module-9-example\"}");

        ConsumerRecord<String, String> record = Announcements.once(Topics.COST_ESTIMATES, id, EventTypes.ESTIMATE_CREATED);
        assertEquals(EstimateCreated.TYPE, TestTopics.header(record, TestTopics.CE_TYPE));
        assertEquals("learner-events", TestTopics.header(record, TestTopics.CE_SUBJECT));
        assertEquals("/cost-service", TestTopics.header(record, TestTopics.CE_SOURCE));
        assertTrue(TestTopics.header(record, TestTopics.CE_ID).matches("[0-9a-f-]{36}"));
        assertTrue(record.value().contains("\"owner\":\"learner-events\""), record.value());
        assertTrue(record.value().contains("\"totalLow\":27300.00"), record.value());
        assertTrue(record.value().contains("\"catalogVersion\":1"), record.value());
    }

    /**
     * Mechanism: the outbox (the event is stored with the estimate, sent when Kafka is back) and readiness that leaves
     * Kafka out: while the broker is away the service stays ready and live, and the outbox check shows the backlog.
     */
    @Test
    void anEstimateSavedWhileKafkaIsAwayIsAnnouncedWhenItIsBack() throws Exception {
        KafkaTestResource.stopBroker();
        String id;
        try {
            id = given().auth().oauth2(JwtTestResource.token("learner-outage", "learner")).contentType(ContentType.JSON)
                    .body("{\"preset\": \"module-9-example\"}")
                    .when().post("/api/v1/estimates")
                    .then().statusCode(201).extract().path("id");
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/q/health/ready")
                    .then().statusCode(200).body("status", equalTo("UP"))
                    .body("checks.find { it.name == 'outbox' }.data.pending", greaterThanOrEqualTo(1))
                    .body("checks.find { it.name == 'outbox' }.data.lastSendFailure", notNullValue()));
            given().when().get("/q/health/live").then().statusCode(200);
        } finally {
            KafkaTestResource.startBroker();
        }
        ConsumerRecord<String, String> record = Announcements.once(Topics.COST_ESTIMATES, id, EventTypes.ESTIMATE_CREATED);
        assertTrue(record.value().contains("\"owner\":\"learner-outage\""), record.value());
    }
}
