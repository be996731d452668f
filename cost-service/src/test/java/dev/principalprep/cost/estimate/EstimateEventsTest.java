package dev.principalprep.cost.estimate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.principalprep.cost.support.CostServiceTest;
import dev.principalprep.cost.support.Estimates;
import dev.principalprep.delivery.consumer.EventReader;
import dev.principalprep.events.EstimateCreated;
import dev.principalprep.events.EventTypes;
import dev.principalprep.events.Topics;
import dev.principalprep.localstack.testing.JwtTestResource;
import dev.principalprep.localstack.testing.KafkaTestResource;
import dev.principalprep.localstack.testing.TestTopics;
import io.restassured.http.ContentType;

@CostServiceTest
class EstimateEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSavedEstimateIsAnnouncedWithCloudEventsHeaders() throws Exception {
        String id = Estimates.create(JwtTestResource.token("learner-events", "learner"),
                "{\"preset\": \"module-9-example\"}");

        ConsumerRecord<String, String> record = find(id);
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
        ConsumerRecord<String, String> record = find(id);
        assertTrue(record.value().contains("\"owner\":\"learner-outage\""), record.value());
    }

    /**
     * The estimate's event, counted among every record of the topic, read to its end after the relay's poll has had
     * time to run again: a second copy (at commit and again by the poll, or by two relays) fails the count.
     */
    private static ConsumerRecord<String, String> find(String estimateId) throws Exception {
        List<ConsumerRecord<String, String>> records = TestTopics.readAll(Topics.COST_ESTIMATES,
                read -> read.stream().anyMatch(r -> estimateId.equals(r.key())), Duration.ofSeconds(3),
                Duration.ofSeconds(60));
        List<ConsumerRecord<String, String>> mine = records.stream().filter(r -> estimateId.equals(r.key())).toList();
        assertEquals(1, mine.size(), "announced once");
        assertEquals(Set.of(), EventReader.violations(EventTypes.ESTIMATE_CREATED, JSON.readTree(mine.get(0).value())),
                "the record as sent follows its schema");
        return mine.get(0);
    }
}
