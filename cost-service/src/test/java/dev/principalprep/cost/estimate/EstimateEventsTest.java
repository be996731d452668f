package dev.principalprep.cost.estimate;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.principalprep.cost.support.Announcements;
import dev.principalprep.cost.support.CostServiceTest;
import dev.principalprep.cost.support.Estimates;
import dev.principalprep.events.CloudEventHeaders;
import dev.principalprep.events.EstimateCreated;
import dev.principalprep.events.Topics;
import dev.principalprep.localstack.testing.JwtTestResource;
import dev.principalprep.localstack.testing.KafkaTestResource;
import dev.principalprep.localstack.testing.TestTopics;
import io.restassured.http.ContentType;

@CostServiceTest
class EstimateEventsTest {

    @Test
    void aSavedEstimateIsAnnouncedWithCloudEventsHeaders() {
        String id = Estimates.create(JwtTestResource.token("learner-events", "learner"),
                "{\"preset\": \"module-9-example\"}");

        ConsumerRecord<String, String> record = Announcements.once(Topics.COST_ESTIMATES, id);
        assertEquals(EstimateCreated.TYPE, TestTopics.header(record, CloudEventHeaders.TYPE));
        assertEquals("learner-events", TestTopics.header(record, CloudEventHeaders.SUBJECT));
        assertEquals("/cost-service", TestTopics.header(record, CloudEventHeaders.SOURCE));
        assertTrue(TestTopics.header(record, CloudEventHeaders.ID).matches("[0-9a-f-]{36}"));
        assertTrue(record.value().contains("\"owner\":\"learner-events\""), record.value());
        assertTrue(record.value().contains("\"totalLow\":27300.00"), record.value());
        assertTrue(record.value().contains("\"catalogVersion\":1"), record.value());
    }

    @Test
    void anEstimateSavedWhileKafkaIsAwayIsAnnouncedWhenItIsBack() {
        KafkaTestResource.stopBroker();
        String id;
        try {
            id = given().auth().oauth2(JwtTestResource.token("learner-outage", "learner")).contentType(ContentType.JSON)
                    .body("{\"preset\": \"module-9-example\"}")
                    .when().post("/api/v1/estimates")
                    .then().statusCode(201).extract().path("id");
        } finally {
            KafkaTestResource.startBroker();
        }
        ConsumerRecord<String, String> record = Announcements.once(Topics.COST_ESTIMATES, id);
        assertTrue(record.value().contains("\"owner\":\"learner-outage\""), record.value());
    }
}
