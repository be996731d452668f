package dev.principalprep.progress.skills;

import static dev.principalprep.progress.support.Learners.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.principalprep.progress.support.ProgressServiceTest;
import dev.principalprep.progress.support.SkillsMatrix;
import io.restassured.http.ContentType;

@ProgressServiceTest
class SkillsGapTest {

    private static void matrixPublished(String moduleId) {
        SkillsMatrix.publish(moduleId);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/api/v1/curriculum/modules")
                .then().body("find { it.moduleId == '" + moduleId + "' }.items.size()", equalTo(15)));
    }

    @Test
    void thePlanFollowsTheModulesPrioritiesThenImportanceThenGap() {
        matrixPublished("skills-plan");
        as("learner-skills").contentType(ContentType.JSON).body(SkillsMatrix.LEVELS)
                .when().post("/api/v1/learners/me/modules/skills-plan/skills/assessments")
                .then().statusCode(201)
                .body("plan.skillId", contains("finops", "llm-ops", "real-time-ml", "vector-databases", "rust-for-data",
                        "web3-data"))
                .body("plan[1].target", equalTo(4))
                .body("plan[1].gap", equalTo(3))
                .body("plan[1].estimatedHours", equalTo(30))
                .body("onTrack.skillId", contains("data-contracts", "data-mesh"))
                .body("totalGap", equalTo(10))
                .body("plannedHours", equalTo(100));

        as("learner-skills").contentType(ContentType.JSON).body(SkillsMatrix.LEVELS.replace("\"llm-ops\": 1", "\"llm-ops\": 3"))
                .when().post("/api/v1/learners/me/modules/skills-plan/skills/assessments").then().statusCode(201);
        as("learner-skills").when().get("/api/v1/learners/me/modules/skills-plan/skills/plan")
                .then().statusCode(200).body("totalGap", equalTo(8));
        as("learner-skills").when().get("/api/v1/learners/me/modules/skills-plan/skills/assessments")
                .then().statusCode(200)
                .body("assessments", hasSize(2))
                .body("assessments[1].changes.'llm-ops'", equalTo(2))
                .body("assessments[1].changes.finops", equalTo(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            level above 4    | "llm-ops": 1       | "llm-ops": 5           | 400 |
            negative level   | "llm-ops": 1       | "llm-ops": -1          | 400 |
            missing skill    | "web3-data": 0     | "web3": 0              | 422 | levels.web3
            skill left out   | , "web3-data": 0   | ''                     | 422 | levels.web3-data
            """)
    void badAssessmentsAreRefusedAndNothingIsStored(String description, String from, String to, int status, String field) {
        matrixPublished("skills-bad");
        var response = as("learner-skills-bad").contentType(ContentType.JSON).body(SkillsMatrix.LEVELS.replace(from, to))
                .when().post("/api/v1/learners/me/modules/skills-bad/skills/assessments")
                .then().statusCode(status).contentType("application/problem+json");
        if (field != null) {
            response.body("violations.field", hasItem(field));
        }
        as("learner-skills-bad").when().get("/api/v1/learners/me/modules/skills-bad/skills/assessments")
                .then().statusCode(200).body("assessments", hasSize(0));
    }

    @Test
    void othersAndUnknownModulesAreRefused() {
        as("learner-a").when().get("/api/v1/learners/learner-b/modules/skills-plan/skills/plan").then().statusCode(403);
        as("learner-a").contentType(ContentType.JSON).body(SkillsMatrix.LEVELS)
                .when().post("/api/v1/learners/me/modules/nowhere/skills/assessments").then().statusCode(404);
        as("learner-nobody").when().get("/api/v1/learners/me/modules/skills-plan/skills/plan").then().statusCode(404);
    }
}
