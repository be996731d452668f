package dev.principalprep.progress.push.lrs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.principalprep.localstack.testing.JwtTestResource;
import dev.principalprep.progress.push.LocalReceiver;
import dev.principalprep.progress.support.Curriculum;
import dev.principalprep.progress.support.Learners;
import dev.principalprep.progress.support.ProgressServiceTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

@ProgressServiceTest
class LrsForwardingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = JwtTestResource.token("admin-lrs", "ld-admin");
    private static final String SECRET = "lrs-secret-never-echoed";

    @Inject
    Pool pool;

    /** Every statement id of the log (voided ones too: an LRS needs them for the voiding ones) in log order. */
    private List<String> logOrder() {
        List<String> ids = new ArrayList<>();
        for (Row row : pool.query("select id from xapi_statement order by stored, seq").execute().await()
                .atMost(Duration.ofSeconds(10))) {
            ids.add(row.getUUID("id").toString());
        }
        return ids;
    }

    private static List<String> ids(String batch) throws Exception {
        return JSON.readValue(batch, new TypeReference<List<Map<String, Object>>>() {
        }).stream().map(statement -> (String) statement.get("id")).toList();
    }

    @Test
    void theLogIsForwardedInOrderRetriedAndNoIdAcceptedTwice() throws Exception {
        Curriculum.publish("lrs-module");
        Learners.as("lrs-learner").contentType(ContentType.JSON).body("{\"status\": \"COMPLETED\", \"minutesSpent\": 5}")
                .when().put("/api/v1/learners/me/modules/lrs-module/items/step-a").then().statusCode(200);
        try (LocalReceiver lrs = new LocalReceiver(request -> 200)) {
            // The first batch is refused; every later one is accepted.
            lrs.answer(request -> lrs.received().isEmpty() ? 503 : 200);
            Response created = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("url", lrs.url("/xapi/"), "key", "lrs-key", "secret", SECRET))
                    .when().post("/api/v1/lrs-endpoints").then().statusCode(201)
                    .body("url", equalTo(lrs.url("/xapi"))).body("key", equalTo("lrs-key"))
                    .body("$", not(hasKey("secret"))).extract().response();
            assertFalse(created.asString().contains(SECRET));
            String id = created.path("id");

            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> lrs.received().size() >= 2);
            // Statements written after registration are forwarded too.
            Learners.as("lrs-learner").contentType(ContentType.JSON).body("{\"status\": \"COMPLETED\", \"minutesSpent\": 5}")
                    .when().put("/api/v1/learners/me/modules/lrs-module/items/step-b").then().statusCode(200);
            List<String> log = logOrder();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> accepted(lrs).size() >= log.size());

            List<String> accepted = accepted(lrs);
            assertEquals(log, accepted.subList(0, log.size()), "every statement, in log order");
            Map<String, Integer> countById = new HashMap<>();
            accepted.forEach(statement -> countById.merge(statement, 1, Integer::sum));
            assertTrue(countById.values().stream().allMatch(count -> count == 1), "no id accepted twice: " + countById);
            LocalReceiver.Received refused = lrs.received().get(0);
            assertEquals(503, refused.status());
            assertEquals(ids(refused.body()), ids(lrs.received().get(1).body()), "the refused batch is sent again");
            for (LocalReceiver.Received request : lrs.received()) {
                assertEquals("/xapi/statements", request.headers().get(":path"));
                assertEquals("1.0.3", request.headers().get("x-experience-api-version"));
                assertEquals(
                        "Basic " + Base64.getEncoder().encodeToString(("lrs-key:" + SECRET).getBytes(StandardCharsets.UTF_8)),
                        request.headers().get("authorization"));
            }

            Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(ADMIN)
                    .when().get("/api/v1/lrs-endpoints/" + id).then().statusCode(200)
                    .body("status.forwarded", equalTo(accepted(lrs).size())).body("status.attempts", equalTo(0))
                    .body("status.lastSuccessAt", notNullValue()).body("status.cursorStored", notNullValue())
                    .body("status.lastError", containsString("503")));
            String list = given().auth().oauth2(ADMIN).when().get("/api/v1/lrs-endpoints").then().statusCode(200)
                    .extract().asString();
            assertTrue(list.contains(id) && !list.contains(SECRET));
            given().auth().oauth2(ADMIN).when().delete("/api/v1/lrs-endpoints/" + id).then().statusCode(204);
            given().auth().oauth2(ADMIN).when().get("/api/v1/lrs-endpoints/" + id).then().statusCode(404)
                    .contentType("application/problem+json");
        }
    }

    private static List<String> accepted(LocalReceiver lrs) throws Exception {
        List<String> ids = new ArrayList<>();
        for (LocalReceiver.Received request : lrs.received()) {
            if (request.accepted()) {
                ids.addAll(ids(request.body()));
            }
        }
        return ids;
    }

    @Test
    void onlyLdAdminsManageLrsEndpointsAndBadInputIsAProblem() {
        String body = "{\"url\": \"http://127.0.0.1:9/xapi\", \"key\": \"k\", \"secret\": \"s\"}";
        given().auth().oauth2(JwtTestResource.token("hr-lrs", "integration")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/lrs-endpoints").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(JwtTestResource.token("learner-lrs", "learner")).when().get("/api/v1/lrs-endpoints")
                .then().statusCode(403);
        given().when().get("/api/v1/lrs-endpoints").then().statusCode(401);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"url\": \"https://192.168.1.10/xapi\", \"key\": \"k\", \"secret\": \"s\"}")
                .when().post("/api/v1/lrs-endpoints").then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("private"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"url\": \"http://127.0.0.1:9/xapi\", \"key\": \"a:b\", \"secret\": \"s\"}")
                .when().post("/api/v1/lrs-endpoints").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"url\": \"http://127.0.0.1:9/xapi\"}")
                .when().post("/api/v1/lrs-endpoints").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).when().delete("/api/v1/lrs-endpoints/6f1c0b3e-0000-4000-8000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
