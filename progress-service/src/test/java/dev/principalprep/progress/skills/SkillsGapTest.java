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
                .then().body("find { it.moduleId == '" + moduleId + "' }.items.size()", equalTo(20)));
    }

    @Test
    void thePlanCoversEverySkillToAcquireAndTheMatrixWithLevelMeaningsAndHours() {
        matrixPublished("skills-plan");
        as("learner-skills").contentType(ContentType.JSON).body(SkillsMatrix.LEVELS)
                .when().post("/api/v1/learners/me/modules/skills-plan/skills/assessments")
                .then().statusCode(201)
                .body("toAcquire", hasSize(12))
                .body("toAcquire.priority", contains(1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3))
                .body("toAcquire.find { it.itemId == 'acquire-finops' }.target", equalTo(4))
                .body("toAcquire.find { it.itemId == 'acquire-advanced-streaming' }.group", equalTo("Priority 2 (Important)"))
                .body("toAcquire.find { it.itemId == 'acquire-advanced-streaming' }.estimatedHours", equalTo(35))
                .body("matrix", hasSize(8))
                .body("plan.skillId", contains("llm-ops", "real-time-ml", "vector-databases", "finops",
                        "acquire-cross-cloud", "acquire-advanced-streaming", "acquire-performance-tuning", "rust-for-data",
                        "web3-data", "acquire-edge-computing"))
                .body("onTrack.skillId", contains("data-contracts", "data-mesh", "acquire-quantum"))
                .body("totalGap", equalTo(19))
                .body("plannedHours", equalTo(387))
                .body("levels.name", contains("None", "Aware", "Working", "Proficient", "Expert"))
                .body("hoursAdjusted", equalTo(false));

        as("learner-skills").contentType(ContentType.JSON).body(SkillsMatrix.LEVELS.replace("\"llm-ops\": 1", "\"llm-ops\": 3"))
                .when().post("/api/v1/learners/me/modules/skills-plan/skills/assessments").then().statusCode(201);
        as("learner-skills").when().get("/api/v1/learners/me/modules/skills-plan/skills/plan")
                .then().statusCode(200).body("totalGap", equalTo(17)).body("plannedHours", equalTo(352));
        as("learner-skills").when().get("/api/v1/learners/me/modules/skills-plan/skills/assessments")
                .then().statusCode(200)
                .body("assessments", hasSize(2))
                .body("assessments[1].changes.'llm-ops'", equalTo(2))
                .body("assessments[1].changes.finops", equalTo(0));
    }

    @Test
    void aLearnerAdjustsTheHoursPerLevelAndThePlanUsesThem() {
        matrixPublished("skills-hours");
        String path = "/api/v1/learners/me/modules/skills-hours/skills";
        as("learner-hours").when().get(path + "/hours").then().statusCode(200)
                .body("hoursPerLevel.'1'", equalTo(3)).body("adjusted", equalTo(false)).body("levels", hasSize(5));
        as("learner-hours").contentType(ContentType.JSON).body(SkillsMatrix.LEVELS)
                .when().post(path + "/assessments").then().statusCode(201);
        as("learner-hours").contentType(ContentType.JSON)
                .body("{\"hoursPerLevel\": {\"1\": 1, \"2\": 1, \"3\": 1, \"4\": 1}}")
                .when().put(path + "/hours").then().statusCode(200)
                .body("adjusted", equalTo(true)).body("defaults.'4'", equalTo(40));
        // With one hour a level, the hours planned equal the levels of gap.
        as("learner-hours").when().get(path + "/plan").then().statusCode(200)
                .body("plannedHours", equalTo(19)).body("hoursAdjusted", equalTo(true));
        as("someone-else").when().get(path + "/hours").then().statusCode(200).body("adjusted", equalTo(false));
        as("learner-hours").when().delete(path + "/hours").then().statusCode(200).body("adjusted", equalTo(false));
        as("learner-hours").when().get(path + "/plan").then().body("plannedHours", equalTo(387));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a level missing   | {"hoursPerLevel": {"1": 3, "2": 10, "3": 25}}                    | 422 | hoursPerLevel.4
            a level 5         | {"hoursPerLevel": {"1": 3, "2": 10, "3": 25, "5": 40}}           | 422 | hoursPerLevel.5
            zero hours        | {"hoursPerLevel": {"1": 0, "2": 10, "3": 25, "4": 40}}           | 400 |
            over 500 hours    | {"hoursPerLevel": {"1": 3, "2": 10, "3": 25, "4": 501}}          | 400 |
            no hours          | {"hoursPerLevel": {}}                                            | 400 | hoursPerLevel
            """)
    void badHoursAreRefusedAndTheDefaultsStay(String description, String body, int status, String field) {
        matrixPublished("skills-hours-bad");
        String path = "/api/v1/learners/me/modules/skills-hours-bad/skills/hours";
        var response = as("learner-hours-bad").contentType(ContentType.JSON).body(body).when().put(path)
                .then().statusCode(status).contentType("application/problem+json");
        if (field != null) {
            response.body("violations.field", hasItem(org.hamcrest.Matchers.endsWith(field)));
        }
        as("learner-hours-bad").when().get(path).then().body("adjusted", equalTo(false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            level above 4    | "llm-ops": 1       | "llm-ops": 5           | 400 |
            negative level   | "llm-ops": 1       | "llm-ops": -1          | 400 |
            missing skill    | "web3-data": 0     | "web3": 0              | 422 | levels.web3
            skill left out   | , "web3-data": 0   | ''                     | 422 | levels.web3-data
            acquisition left out | "acquire-quantum": 1 | "web3-data": 0    | 422 | levels.acquire-quantum
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
        as("learner-a").when().get("/api/v1/learners/learner-b/modules/skills-plan/skills/hours").then().statusCode(403);
        as("learner-a").when().get("/api/v1/learners/me/modules/nowhere/skills/hours").then().statusCode(404);
    }
}
