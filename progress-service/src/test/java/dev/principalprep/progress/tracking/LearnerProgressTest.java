package dev.principalprep.progress.tracking;

import static dev.principalprep.progress.support.Learners.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.principalprep.progress.support.Curriculum;
import dev.principalprep.progress.support.ProgressServiceTest;
import io.restassured.http.ContentType;

@ProgressServiceTest
class LearnerProgressTest {

    @Test
    void completingTwiceCountsOnceAndTheMathFollows() {
        Curriculum.publish("progress-math");
        String path = "/api/v1/learners/me/modules/progress-math/items/step-b";
        for (int i = 0; i < 2; i++) {
            as("learner-math").contentType(ContentType.JSON).body("{\"status\": \"COMPLETED\", \"minutesSpent\": 70}")
                    .when().put(path)
                    .then().statusCode(200)
                    .body("item.id", equalTo("step-b"))
                    .body("item.status", equalTo("COMPLETED"))
                    .body("item.minutesSpent", equalTo(70))
                    .body("itemsCompleted", equalTo(1))
                    .body("itemsTotal", equalTo(4))
                    .body("percentComplete", equalTo(60.0f))
                    .body("nextItem.id", equalTo("step-a"))
                    .body("$", not(hasKey("items")));
        }
        as("learner-math").when().get("/api/v1/learners/me/modules/progress-math/progress")
                .then().statusCode(200)
                .body("minutesRemaining", equalTo(40))
                .body("minutesSpent", equalTo(70))
                .body("estimate.minMinutes", equalTo(60));
        as("learner-math").contentType(ContentType.JSON).body("{\"status\": \"IN_PROGRESS\", \"minutesSpent\": 5}")
                .when().put("/api/v1/learners/learner-math/modules/progress-math/items/takeaway")
                .then().statusCode(200).body("nextItem.id", equalTo("takeaway"));
        as("learner-math").when().get("/api/v1/learners/me/progress")
                .then().statusCode(200)
                .body("find { it.moduleId == 'progress-math' }.minutesSpent", equalTo(75));
        as("someone-new").when().get("/api/v1/learners/me/modules/progress-math/progress")
                .then().statusCode(200).body("itemsCompleted", equalTo(0)).body("percentComplete", equalTo(0.0f));
    }

    @Test
    void aCompletionAloneIsEnoughAndMinutesCanBeAddedAsADelta() {
        Curriculum.publish("progress-delta");
        String path = "/api/v1/learners/me/modules/progress-delta/items/";
        as("learner-delta").contentType(ContentType.JSON).body("{\"status\": \"COMPLETED\"}")
                .when().put(path + "step-b")
                .then().statusCode(200).body("itemsCompleted", equalTo(1)).body("item.minutesSpent", equalTo(0));
        as("learner-delta").contentType(ContentType.JSON).body("{\"status\": \"IN_PROGRESS\", \"minutesSpent\": 10}")
                .when().put(path + "step-a").then().statusCode(200).body("item.minutesSpent", equalTo(10));
        as("learner-delta").contentType(ContentType.JSON).body("{\"status\": \"IN_PROGRESS\", \"minutesAdded\": 5}")
                .when().put(path + "step-a").then().statusCode(200).body("item.minutesSpent", equalTo(15));
        as("learner-delta").contentType(ContentType.JSON).body("{\"status\": \"COMPLETED\"}")
                .when().put(path + "step-a")
                .then().statusCode(200).body("itemsCompleted", equalTo(2)).body("item.minutesSpent", equalTo(15))
                .body("item.status", equalTo("COMPLETED"));
        as("learner-delta").contentType(ContentType.JSON).body("{\"status\": \"COMPLETED\", \"minutesAdded\": 600}")
                .when().put(path + "takeaway").then().statusCode(200).body("item.minutesSpent", equalTo(600));
        as("learner-delta").when().get("/api/v1/learners/me/modules/progress-delta/progress")
                .then().statusCode(200).body("minutesSpent", equalTo(615));
    }

    @Test
    void progressAndTheCurriculumAnswer304UntilTheyChange() {
        Curriculum.publish("progress-cached");
        String path = "/api/v1/learners/me/modules/progress-cached/progress";
        String etag = as("learner-cached").when().get(path).then().statusCode(200)
                .header("Cache-Control", "private, no-cache").body("nextSteps.total", equalTo(0)).extract().header("ETag");
        as("learner-cached").header("If-None-Match", etag).when().get(path).then().statusCode(304);
        String all = as("learner-cached").when().get("/api/v1/learners/me/progress").then().statusCode(200)
                .extract().header("ETag");
        as("learner-cached").contentType(ContentType.JSON).body("{\"status\": \"COMPLETED\"}")
                .when().put("/api/v1/learners/me/modules/progress-cached/items/step-a").then().statusCode(200);
        as("learner-cached").header("If-None-Match", etag).when().get(path).then().statusCode(200)
                .header("ETag", not(equalTo(etag))).body("itemsCompleted", equalTo(1));
        as("learner-cached").header("If-None-Match", all).when().get("/api/v1/learners/me/progress").then().statusCode(200);

        String curriculum = given().when().get("/api/v1/curriculum/modules").then().statusCode(200)
                .body("find { it.moduleId == 'progress-cached' }.estimatedHours.min", equalTo(1))
                .body("find { it.moduleId == 'progress-cached' }.estimatedHours.max", equalTo(2))
                .extract().header("ETag");
        given().header("If-None-Match", curriculum).when().get("/api/v1/curriculum/modules").then().statusCode(304);
    }

    @Test
    void anotherLearnersProgressIsForbidden() {
        Curriculum.publish("progress-privacy");
        as("learner-x").when().get("/api/v1/learners/learner-y/progress").then().statusCode(403)
                .contentType("application/problem+json");
        as("learner-x").contentType(ContentType.JSON).body("{\"status\": \"COMPLETED\", \"minutesSpent\": 1}")
                .when().put("/api/v1/learners/learner-y/modules/progress-privacy/items/step-a").then().statusCode(403);
        as("learner-y").when().get("/api/v1/learners/me/modules/progress-privacy/progress").then()
                .body("itemsCompleted", equalTo(0));
        given().when().get("/api/v1/learners/me/progress").then().statusCode(401);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown module  | nowhere         | step-a  | {"status": "COMPLETED", "minutesSpent": 1}  | 404 |
            unknown item    | progress-input  | nothing | {"status": "COMPLETED", "minutesSpent": 1}  | 422 | itemId
            unknown status  | progress-input  | step-a  | {"status": "FINISHED", "minutesSpent": 1}   | 400 |
            no status       | progress-input  | step-a  | {"minutesSpent": 1}                         | 400 | status
            negative time   | progress-input  | step-a  | {"status": "COMPLETED", "minutesSpent": -1} | 400 | minutesSpent
            absurd time     | progress-input  | step-a  | {"status": "COMPLETED", "minutesSpent": 6001} | 400 | minutesSpent
            fractional time | progress-input  | step-a  | {"status": "COMPLETED", "minutesSpent": 2.5}  | 400 | minutesSpent
            time as text    | progress-input  | step-a  | {"status": "COMPLETED", "minutesSpent": "20"} | 400 | minutesSpent
            nothing added   | progress-input  | step-a  | {"status": "IN_PROGRESS", "minutesAdded": 0}  | 400 | minutesAdded
            too much added  | progress-input  | step-a  | {"status": "IN_PROGRESS", "minutesAdded": 601} | 400 | minutesAdded
            total and delta | progress-input  | step-a  | {"status": "COMPLETED", "minutesSpent": 5, "minutesAdded": 5} | 400 |
            """)
    void badInputIsRefusedAndWritesNothing(String description, String module, String item, String body, int status,
            String field) {
        Curriculum.publish("progress-input");
        var response = as("learner-input").contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/learners/me/modules/" + module + "/items/" + item)
                .then().statusCode(status).contentType("application/problem+json");
        if (field != null) {
            response.body("violations.field", hasItem(org.hamcrest.Matchers.endsWith(field)));
        }
        as("learner-input").when().get("/api/v1/learners/me/modules/progress-input/progress")
                .then().body("minutesSpent", equalTo(0)).body("itemsCompleted", equalTo(0));
    }
}
