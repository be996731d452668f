package dev.principalprep.progress.push.webhooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.principalprep.events.ItemCompleted;
import dev.principalprep.localstack.testing.JwtTestResource;
import dev.principalprep.progress.push.LocalReceiver;
import dev.principalprep.progress.support.Curriculum;
import dev.principalprep.progress.support.Learners;
import dev.principalprep.progress.support.ProgressServiceTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

@ProgressServiceTest
class WebhooksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = JwtTestResource.token("admin-webhooks", "ld-admin");

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static ValidatableResponse subscribe(String token, String url) {
        return as(token).body(Map.of("url", url, "eventTypes", List.of(ItemCompleted.TYPE)))
                .when().post("/api/v1/webhooks").then();
    }

    private static void complete(String learner, String module, String item) {
        Learners.as(learner).contentType(ContentType.JSON).body("{\"status\": \"COMPLETED\", \"minutesSpent\": 5}")
                .when().put("/api/v1/learners/me/modules/" + module + "/items/" + item).then().statusCode(200);
    }

    /** What the receiver got for one learner's events (other tests' events reach the same subscriptions). */
    private static List<LocalReceiver.Received> of(LocalReceiver receiver, String learner) {
        return receiver.received().stream().filter(r -> r.body().contains("\"learnerId\":\"" + learner + "\"")).toList();
    }

    /** The Standard Webhooks library's verdict on each delivery, "ok" or "invalid: ...", in order. */
    static List<String> verify(String secret, List<LocalReceiver.Received> deliveries) throws Exception {
        List<Map<String, Object>> input = new ArrayList<>();
        for (LocalReceiver.Received delivery : deliveries) {
            input.add(Map.of("secret", secret, "headers", delivery.headers(), "body", delivery.body()));
        }
        Path file = Files.createTempFile("webhooks", ".json");
        try {
            JSON.writeValue(file.toFile(), input);
            Process node = new ProcessBuilder("node", "verify-webhooks.js", file.toString())
                    .directory(Path.of("src/test/node").toFile()).redirectErrorStream(true).start();
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            node.waitFor();
            return output.lines().toList();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void deliveriesAreSignedRetriedLoggedAndRedelivered() throws Exception {
        Curriculum.publish("webhook-module");
        try (LocalReceiver receiver = new LocalReceiver(request -> 200)) {
            // The first attempt of each message fails; the retry is accepted.
            receiver.answer(request -> receiver.received().stream()
                    .anyMatch(seen -> seen.headers().get("webhook-id").equals(request.headers().get("webhook-id"))) ? 204
                            : 503);
            ValidatableResponse created = subscribe(ADMIN, receiver.url("/hooks")).statusCode(201)
                    .body("secret", startsWith("whsec_")).body("enabled", equalTo(true))
                    .body("eventTypes", equalTo(List.of(ItemCompleted.TYPE)))
                    .header("Location", containsString("/api/v1/webhooks/"))
                    .header("Location", startsWith("http"));
            String id = created.extract().path("id");
            String secret = created.extract().path("secret");
            given().auth().oauth2(ADMIN).when().get("/api/v1/webhooks/" + id).then().statusCode(200)
                    .body("secret", nullValue()).body("url", equalTo(receiver.url("/hooks")));

            complete("webhook-learner", "webhook-module", "step-a");
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> of(receiver, "webhook-learner").stream().anyMatch(LocalReceiver.Received::accepted));
            List<LocalReceiver.Received> got = of(receiver, "webhook-learner");
            assertEquals(List.of(503, 204), got.stream().map(LocalReceiver.Received::status).toList());
            assertEquals(got.get(0).headers().get("webhook-id"), got.get(1).headers().get("webhook-id"),
                    "a retry carries the message id of the first attempt");
            assertEquals(List.of("ok", "ok"), verify(secret, got));
            // The referee does refuse: a body changed after signing, and the right body under another secret.
            LocalReceiver.Received tampered = new LocalReceiver.Received(got.get(1).headers(),
                    got.get(1).body().replace("step-a", "step-b"), 204);
            assertTrue(verify(secret, List.of(tampered)).get(0).startsWith("invalid"));
            assertTrue(verify(WebhookSignature.newSecret(), List.of(got.get(1))).get(0).startsWith("invalid"));
            Map<?, ?> body = JSON.readValue(got.get(1).body(), Map.class);
            assertEquals(ItemCompleted.TYPE, body.get("type"));
            assertEquals("step-a", ((Map<?, ?>) body.get("data")).get("itemId"));

            String messageId = got.get(1).headers().get("webhook-id");
            String deliveryId = given().auth().oauth2(ADMIN).queryParam("status", "SUCCEEDED")
                    .when().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200)
                    .body("find { it.messageId == '" + messageId + "' }.attempts", equalTo(2))
                    .body("find { it.messageId == '" + messageId + "' }.lastStatus", equalTo(204))
                    .body("find { it.messageId == '" + messageId + "' }.deliveredAt", notNullValue())
                    .extract().path("find { it.messageId == '" + messageId + "' }.id");

            as(ADMIN).when().post("/api/v1/webhooks/" + id + "/deliveries/" + deliveryId + "/redeliver").then()
                    .statusCode(202).body("status", equalTo("PENDING")).body("attempts", equalTo(0));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> of(receiver, "webhook-learner").size() == 3);
            LocalReceiver.Received again = of(receiver, "webhook-learner").get(2);
            assertEquals(messageId, again.headers().get("webhook-id"));
            assertEquals(List.of("ok"), verify(secret, List.of(again)));
            Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(ADMIN)
                    .when().get("/api/v1/webhooks/" + id + "/deliveries").then()
                    .body("find { it.id == '" + deliveryId + "' }.status", equalTo("SUCCEEDED"))
                    .body("find { it.id == '" + deliveryId + "' }.attempts", equalTo(1)));
            as(ADMIN).when().delete("/api/v1/webhooks/" + id).then().statusCode(204);
        }
    }

    @Test
    void aRotatedSecretSignsBesideTheOldOneDuringTheGracePeriod() throws Exception {
        Curriculum.publish("rotation-module");
        try (LocalReceiver receiver = new LocalReceiver(request -> 200)) {
            ValidatableResponse created = subscribe(ADMIN, receiver.url("/rotating")).statusCode(201);
            String id = created.extract().path("id");
            String old = created.extract().path("secret");
            String rotated = as(ADMIN).queryParam("graceSeconds", 3600).when()
                    .post("/api/v1/webhooks/" + id + "/rotate-secret").then().statusCode(200)
                    .body("previousSecretUntil", notNullValue()).extract().path("secret");
            assertTrue(rotated.startsWith("whsec_") && !rotated.equals(old));

            complete("rotation-learner", "rotation-module", "step-a");
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> of(receiver, "rotation-learner").size() == 1);
            LocalReceiver.Received during = of(receiver, "rotation-learner").get(0);
            assertEquals(2, during.headers().get("webhook-signature").split(" ").length);
            assertEquals(List.of("ok"), verify(old, List.of(during)));
            assertEquals(List.of("ok"), verify(rotated, List.of(during)));

            String latest = as(ADMIN).queryParam("graceSeconds", 0).when()
                    .post("/api/v1/webhooks/" + id + "/rotate-secret").then().statusCode(200)
                    .body("previousSecretUntil", nullValue()).extract().path("secret");
            complete("rotation-learner", "rotation-module", "step-b");
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> of(receiver, "rotation-learner").size() == 2);
            LocalReceiver.Received after = of(receiver, "rotation-learner").get(1);
            assertEquals(List.of("ok"), verify(latest, List.of(after)));
            assertTrue(verify(rotated, List.of(after)).get(0).startsWith("invalid"));
            as(ADMIN).when().delete("/api/v1/webhooks/" + id).then().statusCode(204);
        }
    }

    @Test
    void aSubscriptionThatKeepsFailingIsDisabledAndCanBeEnabledAgain() throws Exception {
        Curriculum.publish("failing-module");
        try (LocalReceiver receiver = new LocalReceiver(request -> 500)) {
            String id = subscribe(ADMIN, receiver.url("/broken")).statusCode(201).extract().path("id");
            complete("failing-learner", "failing-module", "step-a");
            // The test profile disables after 3 failed attempts in a row.
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(ADMIN)
                    .when().get("/api/v1/webhooks/" + id).then().body("enabled", equalTo(false))
                    .body("disabledReason", containsString("failed attempts in a row")));
            assertEquals(3, receiver.received().size());
            Thread.sleep(2500);
            assertEquals(3, receiver.received().size(), "a disabled subscription gets nothing");

            receiver.answer(request -> 200);
            as(ADMIN).when().post("/api/v1/webhooks/" + id + "/enable").then().statusCode(200)
                    .body("enabled", equalTo(true)).body("consecutiveFailures", equalTo(0));
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> of(receiver, "failing-learner").stream().anyMatch(LocalReceiver.Received::accepted));
            given().auth().oauth2(ADMIN).when().get("/api/v1/webhooks/" + id + "/deliveries").then()
                    .body("status", hasItem("SUCCEEDED"));
            as(ADMIN).when().delete("/api/v1/webhooks/" + id).then().statusCode(204);
        }
    }

    @Test
    void integrationsManageTheirOwnSubscriptionsAndLearnersNone() {
        String integration = JwtTestResource.token("hr-platform-webhooks", "integration");
        String other = JwtTestResource.token("other-platform-webhooks", "integration");
        String id = subscribe(integration, "http://127.0.0.1:9/own").statusCode(201)
                .body("createdBy", equalTo("hr-platform-webhooks")).extract().path("id");
        given().auth().oauth2(integration).when().get("/api/v1/webhooks").then().statusCode(200)
                .body("id", hasItem(id));
        given().auth().oauth2(other).when().get("/api/v1/webhooks").then().statusCode(200).body("id", not(hasItem(id)));
        given().auth().oauth2(other).when().get("/api/v1/webhooks/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        as(other).when().delete("/api/v1/webhooks/" + id).then().statusCode(404);
        given().auth().oauth2(ADMIN).when().get("/api/v1/webhooks").then().statusCode(200).body("id", hasItem(id));
        as(integration).when().post("/api/v1/webhooks/" + id + "/rotate-secret").then().statusCode(200)
                .body("secret", startsWith("whsec_"));

        String learner = JwtTestResource.token("learner-webhooks", "learner");
        subscribe(learner, "http://127.0.0.1:9/mine").statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(learner).when().get("/api/v1/webhooks").then().statusCode(403);
        given().when().get("/api/v1/webhooks").then().statusCode(401);
        as(integration).when().delete("/api/v1/webhooks/" + id).then().statusCode(204);
    }

    @Test
    void badInputIsAProblemNeverAServerError() {
        as(ADMIN)
                .body(Map.of("url", "http://127.0.0.1:9/x", "eventTypes", List.of("dev.principalprep.cost.EstimateCreated.v1")))
                .when().post("/api/v1/webhooks").then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("unknown event types"));
        subscribe(ADMIN, "ftp://example.com/hooks").statusCode(422).body("detail", containsString("https"));
        subscribe(ADMIN, "https://10.1.2.3/hooks").statusCode(422).body("detail", containsString("private"));
        subscribe(ADMIN, "https://169.254.169.254/latest/meta-data").statusCode(422).body("detail",
                containsString("link-local"));
        subscribe(ADMIN, "not a url").statusCode(422).contentType("application/problem+json");
        as(ADMIN).body(Map.of("url", "http://127.0.0.1:9/x", "eventTypes", List.of())).when().post("/api/v1/webhooks")
                .then().statusCode(400).contentType("application/problem+json");
        as(ADMIN)
                .body("{\"url\": \"http://127.0.0.1:9/x\", \"eventTypes\": [\"" + ItemCompleted.TYPE
                        + "\"], \"secret\": \"x\"}")
                .when().post("/api/v1/webhooks").then().statusCode(400).contentType("application/problem+json");
        as(ADMIN).body("{").when().post("/api/v1/webhooks").then().statusCode(400);
        as(ADMIN).when().post("/api/v1/webhooks").then().statusCode(400);
        given().auth().oauth2(ADMIN).when().get("/api/v1/webhooks/not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json").body("detail", not(containsString("java")));
        given().auth().oauth2(ADMIN).when().get("/api/v1/webhooks/6f1c0b3e-0000-4000-8000-000000000000").then()
                .statusCode(404).contentType("application/problem+json");
        String id = subscribe(ADMIN, "http://127.0.0.1:9/x").statusCode(201).extract().path("id");
        given().auth().oauth2(ADMIN).queryParam("status", "LOST").when().get("/api/v1/webhooks/" + id + "/deliveries")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).queryParam("limit", 0).when().get("/api/v1/webhooks/" + id + "/deliveries")
                .then().statusCode(400);
        as(ADMIN).queryParam("graceSeconds", -1).when().post("/api/v1/webhooks/" + id + "/rotate-secret").then()
                .statusCode(400);
        as(ADMIN).when().post("/api/v1/webhooks/" + id + "/deliveries/6f1c0b3e-0000-4000-8000-000000000000/redeliver")
                .then().statusCode(404).contentType("application/problem+json");
        as(ADMIN).when().delete("/api/v1/webhooks/" + id).then().statusCode(204);
    }

}
