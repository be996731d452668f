package dev.principalprep.progress.xapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.principalprep.localstack.testing.JwtTestResource;
import dev.principalprep.progress.support.Curriculum;
import dev.principalprep.progress.support.ProgressServiceTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@ProgressServiceTest
class StatementsTest {

    private static final String LEARNER = "learner-xapi";

    private static Response statements(String query) {
        // The more link is already URL-encoded, as a client follows it.
        return given().urlEncodingEnabled(false).auth().oauth2(JwtTestResource.token("hr-platform", "integration"))
                .header("X-Experience-API-Version", "1.0.3")
                .when().get("/api/v1/xapi/statements" + query);
    }

    private static void complete(String module, String item) {
        given().auth().oauth2(JwtTestResource.token(LEARNER, "learner")).contentType(ContentType.JSON)
                .body("{\"status\": \"COMPLETED\", \"minutesSpent\": 20}")
                .when().put("/api/v1/learners/me/modules/" + module + "/items/" + item).then().statusCode(200);
    }

    @Test
    void completionsAndProgressAreXapiStatementsPagedWithMore() throws Exception {
        Curriculum.publish("xapi-module");
        String since = java.time.OffsetDateTime.now().toString();
        Thread.sleep(5);
        complete("xapi-module", "step-a");
        complete("xapi-module", "step-b");

        statements("?since=" + java.net.URLEncoder.encode(since, java.nio.charset.StandardCharsets.UTF_8) + "&limit=50").then()
                .statusCode(200)
                .header("X-Experience-API-Version", "1.0.3")
                .body("statements.findAll { it.actor.account.name == 'learner-xapi' }", hasSize(3))
                .body("statements.find { it.verb.id == 'http://adlnet.gov/expapi/verbs/completed' }.object.id",
                        equalTo("https://principalprep.dev/xapi/activities/xapi-module/step-a"))
                .body("statements.find { it.verb.id == 'http://adlnet.gov/expapi/verbs/completed' }.actor.account.homePage",
                        equalTo("https://principalprep.dev"))
                .body("statements.find { it.verb.display.'en-US' == 'progressed' && it.actor.account.name == 'learner-xapi' }.result.score.scaled",
                        equalTo(0.9f))
                .body("statements[0].version", equalTo("1.0.3"))
                .body("more", emptyString());

        List<String> ids = new ArrayList<>();
        String encodedSince = java.net.URLEncoder.encode(since, java.nio.charset.StandardCharsets.UTF_8);
        String next = "?since=" + encodedSince + "&limit=1";
        for (int page = 0; page < 10 && next != null; page++) {
            Response response = statements(next);
            response.then().statusCode(200).body("statements", hasSize(1));
            ids.add(response.path("statements[0].id"));
            String more = response.path("more");
            next = more.isEmpty() ? null : more.substring("/api/v1/xapi/statements".length());
        }
        assertEquals(3, ids.size(), "three pages of one: " + ids);
        assertEquals(3, ids.stream().distinct().count());
        statements("?since=" + encodedSince + "&limit=50").then().body("statements.id", equalTo(ids));
    }

    @Test
    void theVersionHeaderSinceAndRolesAreChecked() {
        given().auth().oauth2(JwtTestResource.token("hr-platform", "integration"))
                .when().get("/api/v1/xapi/statements").then().statusCode(400).contentType("application/problem+json");
        statements("?since=yesterday").then().statusCode(400);
        statements("?since=2026-13-45T99:00:00Z").then().statusCode(400);
        statements("?limit=501").then().statusCode(400);
        statements("?cursor=not-a-cursor").then().statusCode(422).body("violations.field", hasItem("cursor"));
        given().auth().oauth2(JwtTestResource.token(LEARNER, "learner")).header("X-Experience-API-Version", "1.0.3")
                .when().get("/api/v1/xapi/statements").then().statusCode(403);
    }

    @Test
    void adminsSeeAggregatesOnlyNeverStories() {
        Curriculum.publish("cohort-module");
        given().auth().oauth2(JwtTestResource.token("cohort-1", "learner")).contentType(ContentType.JSON)
                .body("{\"status\": \"COMPLETED\", \"minutesSpent\": 20}")
                .when().put("/api/v1/learners/me/modules/cohort-module/items/step-b").then().statusCode(200);
        given().auth().oauth2(JwtTestResource.token("cohort-2", "learner")).contentType(ContentType.JSON)
                .body("{\"status\": \"IN_PROGRESS\", \"minutesSpent\": 5}")
                .when().put("/api/v1/learners/me/modules/cohort-module/items/step-a").then().statusCode(200);
        given().auth().oauth2(JwtTestResource.token("cohort-1", "learner")).contentType(ContentType.JSON)
                .body("{\"title\": \"Secret\", \"situation\": \"A confidential situation here\", \"task\": \"A private task to do\", "
                        + "\"action\": \"I did private things here\", \"result\": \"A private result of 5%\"}")
                .when().post("/api/v1/learners/me/stories").then().statusCode(201);

        String admin = JwtTestResource.token("ld-admin-1", "ld-admin");
        given().auth().oauth2(admin).when().get("/api/v1/reports/modules/cohort-module/cohort").then().statusCode(200)
                .body("learners", equalTo(2))
                .body("items.find { it.itemId == 'step-b' }.completed", equalTo(1))
                .body("items.find { it.itemId == 'step-b' }.share", equalTo(0.5f))
                .body("percentCompleteDistribution.'50-74'", equalTo(1))
                .body("percentCompleteDistribution.'0-24'", equalTo(1))
                .body(not(containsString("confidential")));
        String csv = given().auth().oauth2(admin).accept("text/csv").when().get("/api/v1/reports/modules/cohort-module/cohort")
                .then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("step-b,STEP,\"Step B\",1,0.500,2"), csv);
        given().auth().oauth2(admin).when().get("/api/v1/learners/cohort-1/stories").then().statusCode(403);
        given().auth().oauth2(JwtTestResource.token("cohort-1", "learner"))
                .when().get("/api/v1/reports/modules/cohort-module/cohort").then().statusCode(403);
        given().auth().oauth2(admin).when().get("/api/v1/reports/modules/nowhere/cohort").then().statusCode(404);
    }
}
