package dev.principalprep.progress.tracking;

import static dev.principalprep.progress.support.Learners.as;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dev.principalprep.progress.support.Curriculum;
import dev.principalprep.progress.support.ProgressServiceTest;
import io.restassured.http.ContentType;

/** An item's state as a client on several devices writes it: ETag, If-Match, Prefer and conditional reads. */
@ProgressServiceTest
class ItemWritesTest {

    private static final String ITEM = "/api/v1/learners/me/modules/item-writes/items/step-a";
    private static final String COMPLETED = "{\"status\": \"COMPLETED\"}";
    private static final String STARTED = "{\"status\": \"IN_PROGRESS\", \"minutesAdded\": 5}";

    private static String etag(String learner) {
        return as(learner).when().get(ITEM).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void theEtagIsTheItemStatesVersionOnReadsAndWrites() {
        Curriculum.publish("item-writes");
        String learner = "learner-etag";
        as(learner).when().get(ITEM).then().statusCode(200)
                .header("ETag", "\"0\"").header("Cache-Control", "private, no-cache")
                .body("item.status", equalTo("NOT_STARTED")).body("itemsTotal", equalTo(4));
        as(learner).contentType(ContentType.JSON).body(STARTED).when().put(ITEM)
                .then().statusCode(200).header("ETag", "\"1\"").body("item.status", equalTo("IN_PROGRESS"));
        as(learner).contentType(ContentType.JSON).body(COMPLETED).header("If-Match", "\"1\"").when().put(ITEM)
                .then().statusCode(200).header("ETag", "\"2\"").body("item.status", equalTo("COMPLETED"));
        as(learner).header("If-None-Match", "\"2\"").when().get(ITEM).then().statusCode(304).header("ETag", "\"2\"");
        as(learner).header("If-None-Match", "\"1\"").when().get(ITEM).then().statusCode(200);
        as(learner).when().get("/api/v1/learners/me/modules/item-writes/items/nothing").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aStaleIfMatchIsRefusedAndWritesNothing() {
        Curriculum.publish("item-writes");
        String learner = "learner-stale";
        as(learner).contentType(ContentType.JSON).body(STARTED).when().put(ITEM).then().statusCode(200);
        for (String stale : List.of("\"0\"", "\"7\"", "W/\"1\"", "\"1\", \"2\"", "1", "\"x\"", "\"\"",
                "\"12345678901234567890\"")) {
            as(learner).contentType(ContentType.JSON).body(COMPLETED).header("If-Match", stale).when().put(ITEM)
                    .then().statusCode(412).contentType("application/problem+json")
                    .body("type", equalTo("/problems/precondition-failed"));
        }
        as(learner).when().get(ITEM).then().header("ETag", "\"1\"").body("item.status", equalTo("IN_PROGRESS"))
                .body("item.minutesSpent", equalTo(5));
        as(learner).contentType(ContentType.JSON).body(COMPLETED).header("If-Match", "*").when().put(ITEM)
                .then().statusCode(200).header("ETag", "\"2\"");
    }

    @Test
    void anIfMatchOnAnItemNeverWrittenNamesVersionZero() {
        Curriculum.publish("item-writes");
        String learner = "learner-first-write";
        as(learner).contentType(ContentType.JSON).body(STARTED).header("If-Match", "\"1\"").when().put(ITEM)
                .then().statusCode(412);
        as(learner).contentType(ContentType.JSON).body(STARTED).header("If-Match", "\"0\"").when().put(ITEM)
                .then().statusCode(200).header("ETag", "\"1\"");
        as(learner).contentType(ContentType.JSON).body(STARTED).header("If-Match", "\"0\"").when().put(ITEM)
                .then().statusCode(412);
        as(learner).when().get(ITEM).then().body("item.minutesSpent", equalTo(5));
    }

    /**
     * Mechanism: the write applies only where the row is still at the If-Match version, decided by the database. Eight
     * devices send a change made on the same read at once: exactly one wins, the seven others get 412 and add nothing.
     */
    @Test
    void ofDevicesRacingFromTheSameReadExactlyOneWins() throws Exception {
        Curriculum.publish("item-writes");
        String learner = "learner-race";
        as(learner).contentType(ContentType.JSON).body(STARTED).when().put(ITEM).then().statusCode(200);
        String read = etag(learner);
        ExecutorService devices = Executors.newFixedThreadPool(8);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int device = 0; device < 8; device++) {
                answers.add(devices.submit(() -> as(learner).contentType(ContentType.JSON).body(STARTED)
                        .header("If-Match", read).when().put(ITEM).then().extract().statusCode()));
            }
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
        } finally {
            devices.shutdown();
        }
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
        as(learner).when().get(ITEM).then().header("ETag", "\"2\"").body("item.minutesSpent", equalTo(10));
    }

    @Test
    void returnMinimalAnswers204WithTheEtagOnly() {
        Curriculum.publish("item-writes");
        String learner = "learner-minimal";
        as(learner).contentType(ContentType.JSON).body(COMPLETED).header("Prefer", "return=minimal").when().put(ITEM)
                .then().statusCode(204).header("ETag", "\"1\"").header("Preference-Applied", "return=minimal")
                .body(emptyString());
        as(learner).contentType(ContentType.JSON).body(COMPLETED).header("Prefer", "return=representation")
                .when().put(ITEM).then().statusCode(200).header("ETag", "\"2\"").body("item.status", equalTo("COMPLETED"));
        as(learner).when().get("/api/v1/learners/me/modules/item-writes/progress").then().body("itemsCompleted", equalTo(1));
    }
}
