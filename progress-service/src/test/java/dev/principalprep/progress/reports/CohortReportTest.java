package dev.principalprep.progress.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import dev.principalprep.localstack.testing.JwtTestResource;
import dev.principalprep.progress.support.Curriculum;
import dev.principalprep.progress.support.ProgressServiceTest;
import io.restassured.http.ContentType;

@ProgressServiceTest
class CohortReportTest {

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
        org.junit.jupiter.api.Assertions.assertTrue(csv.startsWith(
                "record,module_id,module_version,cohort,group,from,to,learners,item_id,kind,title,completed,share,percent_band\r\n"),
                csv);
        org.junit.jupiter.api.Assertions
                .assertTrue(csv.contains("item,cohort-module,1,,,,,2,step-b,STEP,\"Step B\",1,0.500,\r\n"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("distribution,cohort-module,1,,,,,2,,,,1,,50-74\r\n"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("distribution,cohort-module,1,,,,,2,,,,1,,0-24\r\n"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("distribution,cohort-module,1,,,,,2,,,,0,,100\r\n"), csv);
        given().auth().oauth2(admin).when().get("/api/v1/learners/cohort-1/stories").then().statusCode(403);
        given().auth().oauth2(JwtTestResource.token("cohort-1", "learner"))
                .when().get("/api/v1/reports/modules/cohort-module/cohort").then().statusCode(403);
        given().auth().oauth2(admin).when().get("/api/v1/reports/modules/nowhere/cohort").then().statusCode(404);
    }
}
