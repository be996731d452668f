package dev.principalprep.progress.cohorts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import dev.principalprep.localstack.testing.JwtTestResource;
import dev.principalprep.progress.support.Curriculum;
import dev.principalprep.progress.support.ProgressServiceTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@ProgressServiceTest
class CohortsAndRolesTest {

    private static final String REPORT = "/api/v1/reports/modules/groups-module/cohort";
    private static final String PILOT_REPORT = "/api/v1/reports/modules/pilot-module/cohort";

    private static RequestSpecification as(String subject, String... groups) {
        return given().auth().oauth2(JwtTestResource.token(subject, groups));
    }

    private static void complete(String learner, String group, String module, String item) {
        as(learner, "learner", group).contentType(ContentType.JSON).body("{\"status\": \"COMPLETED\", \"minutesSpent\": 5}")
                .when().put("/api/v1/learners/me/modules/" + module + "/items/" + item).then().statusCode(200);
    }

    @Test
    void integrationTokensNeverWriteLearnerDataAndAreNeverCounted() {
        Curriculum.publish("groups-module");
        String integration = JwtTestResource.token("hr-platform-roles", "integration");
        given().auth().oauth2(integration).contentType(ContentType.JSON)
                .body("{\"status\": \"COMPLETED\", \"minutesSpent\": 5}")
                .when().put("/api/v1/learners/me/modules/groups-module/items/step-a").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(integration).contentType(ContentType.JSON)
                .body("{\"title\": \"Not mine\", \"situation\": \"An integration writing a story\", \"task\": \"Pretend to be a learner\", "
                        + "\"action\": \"I posted this story\", \"result\": \"It was refused, 100% of the time\"}")
                .when().post("/api/v1/learners/me/stories").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(JwtTestResource.token("admin-roles", "ld-admin")).contentType(ContentType.JSON)
                .body("{\"heldOn\": \"2026-11-02\", \"kind\": \"LEADERSHIP\"}")
                .when().post("/api/v1/learners/me/modules/groups-module/mock-interviews").then().statusCode(403);

        complete("team-a-1", "team-a", "groups-module", "step-a");
        complete("team-a-2", "team-a", "groups-module", "step-b");
        complete("team-b-1", "team-b", "groups-module", "step-a");

        given().auth().oauth2(integration).when().get(REPORT).then().statusCode(200).body("learners", equalTo(3))
                .body("items.find { it.itemId == 'step-a' }.completed", equalTo(2));
        given().auth().oauth2(integration).queryParam("group", "team-a").when().get(REPORT).then().statusCode(200)
                .body("group", equalTo("team-a")).body("learners", equalTo(2))
                .body("items.find { it.itemId == 'step-b' }.completed", equalTo(1));
        given().auth().oauth2(integration).queryParam("group", "learner").when().get(REPORT).then().statusCode(200)
                .body("learners", equalTo(0));
    }

    @Test
    void anLdAdminNamesCohortsAndReportsFilterByThemAndByDays() {
        Curriculum.publish("pilot-module");
        complete("pilot-1", "pilot-org", "pilot-module", "step-a");
        complete("pilot-2", "pilot-org", "pilot-module", "takeaway");
        String admin = JwtTestResource.token("admin-cohorts", "ld-admin");
        String integration = JwtTestResource.token("hr-platform-cohorts", "integration");
        String cohort = "{\"name\": \"Pilot\", \"learners\": [\"pilot-1\", \"hr-platform-cohorts\", \"nobody-yet\"]}";
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(cohort)
                .when().put("/api/v1/reports/cohorts/pilot").then().statusCode(201)
                .body("learners", contains("hr-platform-cohorts", "nobody-yet", "pilot-1"))
                .body("updatedBy", equalTo("admin-cohorts"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(cohort)
                .when().put("/api/v1/reports/cohorts/pilot").then().statusCode(200);
        given().auth().oauth2(integration).contentType(ContentType.JSON).body(cohort)
                .when().put("/api/v1/reports/cohorts/pilot").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(integration).when().get("/api/v1/reports/cohorts/pilot").then().statusCode(200)
                .body("name", equalTo("Pilot"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"name\": \"\", \"learners\": [\"a b\"]}")
                .when().put("/api/v1/reports/cohorts/pilot").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(cohort)
                .when().put("/api/v1/reports/cohorts/Not_An_Id").then().statusCode(400);

        given().auth().oauth2(integration).queryParam("cohort", "pilot").when().get(PILOT_REPORT).then().statusCode(200)
                .body("cohort", equalTo("pilot")).body("learners", equalTo(1))
                .body("items.find { it.itemId == 'step-a' }.completed", equalTo(1));
        given().auth().oauth2(integration).queryParam("cohort", "nowhere").when().get(PILOT_REPORT).then().statusCode(404);

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        given().auth().oauth2(integration).queryParam("group", "pilot-org").queryParam("from", today).queryParam("to", today)
                .when().get(PILOT_REPORT).then().statusCode(200).body("learners", equalTo(2)).body("from", equalTo(today));
        given().auth().oauth2(integration).queryParam("group", "pilot-org").queryParam("from", tomorrow)
                .when().get(PILOT_REPORT).then().statusCode(200).body("learners", equalTo(0))
                .body("items.find { it.itemId == 'step-a' }.completed", equalTo(0));
        given().auth().oauth2(integration).queryParam("from", tomorrow).queryParam("to", today)
                .when().get(PILOT_REPORT).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(integration).queryParam("from", "yesterday")
                .when().get(PILOT_REPORT).then().statusCode(400).contentType("application/problem+json");

        String csv = given().auth().oauth2(integration).accept("text/csv").queryParam("cohort", "pilot").when()
                .get(PILOT_REPORT)
                .then().statusCode(200).extract().asString();
        assertTrue(csv.contains("distribution,pilot-module,1,pilot,,,,1,,,,1,,25-49\r\n"), csv);

        given().auth().oauth2(integration).when().delete("/api/v1/reports/cohorts/pilot").then().statusCode(403);
        given().auth().oauth2(admin).when().delete("/api/v1/reports/cohorts/pilot").then().statusCode(204);
        given().auth().oauth2(admin).when().delete("/api/v1/reports/cohorts/pilot").then().statusCode(404);
    }
}
