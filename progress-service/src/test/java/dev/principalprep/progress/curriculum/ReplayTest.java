package dev.principalprep.progress.curriculum;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.principalprep.events.Topics;
import dev.principalprep.localstack.testing.TestTopics;
import dev.principalprep.progress.support.Curriculum;
import dev.principalprep.progress.support.ProgressServiceTest;

/** Replaying a topic from its start, every record with its original event id, leaves the state as it was. */
@ProgressServiceTest
class ReplayTest {

    @Test
    void replayingContentModulesChangesNothing() throws Exception {
        Curriculum.publish("replay-module");
        String before = given().when().get("/api/v1/curriculum/modules").then().statusCode(200).extract().asString();

        List<ConsumerRecord<String, String>> all = TestTopics.readUntil(Topics.CONTENT_MODULES, read -> !read.isEmpty(),
                Duration.ofSeconds(30));
        for (ConsumerRecord<String, String> record : all) {
            Map<String, String> headers = new HashMap<>();
            record.headers().forEach(h -> headers.put(h.key(), new String(h.value())));
            TestTopics.send(Topics.CONTENT_MODULES, record.key(), record.value(), headers);
        }
        // A marker after the replay: once it is applied, every replayed record before it was consumed too.
        Curriculum.publish("replay-marker");

        String after = given().when().get("/api/v1/curriculum/modules").then().statusCode(200).extract().asString();
        assertEquals(before, after.replaceAll(",?\\{\"moduleId\":\"replay-marker\".*?\\]\\}", ""));
    }
}
