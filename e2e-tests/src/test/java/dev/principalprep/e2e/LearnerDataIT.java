package dev.principalprep.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * A learner's data across the platform, through the gateway: created in every service that holds learner data,
 * exported as one document, erased everywhere, while another learner's data stays whole.
 */
@ExtendWith(SharedPlatform.class)
class LearnerDataIT {

    private static Platform platform;
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String STORY = """
            {"title": "Cut warehouse cost", "situation": "Costs grew 40% a quarter", "task": "I had to halve them",
             "action": "I led a review of every job", "result": "Costs fell 55%", "themes": ["COST_SAVINGS"]}""";

    @BeforeAll
    static void up(SharedPlatform.Started shared) {
        platform = shared.platform();
        RestAssured.port = platform.port("PP_GATEWAY_PORT");
    }

    private static String token(String subject, String role) {
        return given().contentType("application/json")
                .body("{\"subject\": \"" + subject + "\", \"roles\": [\"" + role + "\"]}")
                .when().post("/api/v1/dev/tokens").then().statusCode(200).extract().path("access_token");
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    /** An estimate (cost-service), a completed item and a story (progress-service), and the cost practice counted. */
    private static String learnerWithData(String token) {
        String estimate = as(token).contentType("application/json").body("{\"preset\": \"module-9-example\"}")
                .when().post("/api/v1/estimates").then().statusCode(201).extract().path("id");
        as(token).contentType("application/json").body("{\"status\": \"COMPLETED\", \"minutesSpent\": 40}")
                .when().put("/api/v1/learners/me/modules/module-9/items/clarify-requirements").then().statusCode(200);
        as(token).contentType("application/json").body(STORY).when().post("/api/v1/learners/me/stories").then()
                .statusCode(201);
        Awaitility.await().atMost(WAIT).untilAsserted(() -> as(token).when().get("/api/v1/learners/me/export")
                .then().statusCode(200).body("services.progress.costPractice", hasSize(1)));
        return estimate;
    }

    private static RequestSpecification lrs() {
        return given().auth().oauth2(token("e2e-hr", "integration")).header("X-Experience-API-Version", "1.0.3");
    }

    private static String agent(String learner) {
        return "{\"objectType\": \"Agent\", \"account\": {\"homePage\": \"https://principalprep.dev\", \"name\": \""
                + learner + "\"}}";
    }

    @Test
    void aLearnersDataIsExportedFromEveryServiceThenErasedEverywhereWhileAnothersStays() {
        Awaitility.await().atMost(WAIT).untilAsserted(() -> given().when().get("/api/v1/curriculum/modules")
                .then().statusCode(200).body("find { it.moduleId == 'module-9' }.version", equalTo(1)));
        String learner = "e2e-erased-" + UUID.randomUUID();
        String other = "e2e-kept-" + UUID.randomUUID();
        String token = token(learner, "learner");
        String otherToken = token(other, "learner");
        String estimate = learnerWithData(token);
        String otherEstimate = learnerWithData(otherToken);

        JsonPath export = as(token).when().get("/api/v1/learners/me/export").then().statusCode(200)
                .body("learnerId", equalTo(learner))
                .body("services.cost.estimates", hasSize(1))
                .body("services.cost.estimates[0].id", equalTo(estimate))
                .body("services.progress.itemProgress[0].itemId", equalTo("clarify-requirements"))
                .body("services.progress.itemProgress[0].minutesSpent", equalTo(40))
                .body("services.progress.stories[0].title", equalTo("Cut warehouse cost"))
                .body("services.progress.costPractice[0].estimateId", equalTo(estimate))
                .extract().jsonPath();
        assertFalse(export.getList("services.progress.xapiStatements").isEmpty());
        lrs().queryParam("agent", agent(learner)).when().get("/api/v1/xapi/statements").then().statusCode(200)
                .body("statements.size()", org.hamcrest.Matchers.greaterThan(0));

        // An integration may neither export nor erase; the learner may erase only themselves.
        as(token("e2e-hr", "integration")).when().get("/api/v1/learners/" + learner + "/export").then()
                .statusCode(403);
        as(token("e2e-hr", "integration")).when().delete("/api/v1/learners/" + learner).then().statusCode(403);
        as(otherToken).when().delete("/api/v1/learners/" + learner).then().statusCode(403);

        String location = as(token).when().delete("/api/v1/learners/me").then().statusCode(202)
                .header("Location", startsWith("http://localhost:" + platform.port("PP_GATEWAY_PORT")
                        + "/api/v1/learners/me/erasures/"))
                .extract().header("Location");
        Awaitility.await().atMost(WAIT).untilAsserted(() -> as(token).when().get(location).then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("services.find { it.service == 'cost-service' }.status", equalTo("COMPLETED"))
                .body("services.find { it.service == 'progress-service' }.status", equalTo("COMPLETED")));

        // Nothing about the learner is left in any service, by the export or by the API's reads.
        as(token).when().get("/api/v1/learners/me/export").then().statusCode(200)
                .body("services.cost.estimates", hasSize(0)).body("services.cost.costPasses", hasSize(0))
                .body("services.progress.itemProgress", hasSize(0)).body("services.progress.stories", hasSize(0))
                .body("services.progress.costPractice", hasSize(0)).body("services.progress.profile", hasSize(0))
                .body("services.progress.xapiStatements", hasSize(0));
        as(token).when().get("/api/v1/estimates").then().statusCode(200).body("total", equalTo(0));
        as(token).when().get("/api/v1/estimates/" + estimate).then().statusCode(404);
        as(token).when().get("/api/v1/learners/me/stories").then().statusCode(200).body("count", equalTo(0));
        as(token).when().get("/api/v1/learners/me/modules/module-9/progress").then().statusCode(200)
                .body("minutesSpent", equalTo(0)).body("costPractice.passes", equalTo(0));
        lrs().queryParam("agent", agent(learner)).when().get("/api/v1/xapi/statements").then().statusCode(200)
                .body("statements", hasSize(0));

        // The other learner's data is whole, and an ld-admin can export it.
        as(token("e2e-admin", "ld-admin")).when().get("/api/v1/learners/" + other + "/export").then()
                .statusCode(200).body("learnerId", equalTo(other))
                .body("services.cost.estimates[0].id", equalTo(otherEstimate))
                .body("services.progress.stories", hasSize(1))
                .body("services.progress.costPractice", hasSize(1));
        lrs().queryParam("agent", agent(other)).when().get("/api/v1/xapi/statements").then().statusCode(200)
                .body("statements.size()", org.hamcrest.Matchers.greaterThan(0));
    }
}
