package dev.principalprep.progress.review;

import static dev.principalprep.progress.support.Learners.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.principalprep.progress.support.Curriculum;
import dev.principalprep.progress.support.ProgressServiceTest;
import dev.principalprep.progress.support.ReviewModule;
import io.restassured.http.ContentType;

@ProgressServiceTest
class ReviewTest {

    private static void published(String moduleId, int version, String module) {
        Curriculum.send(moduleId, module);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/api/v1/curriculum/modules")
                .then().body("find { it.moduleId == '" + moduleId + "' }.version", equalTo(version)));
    }

    private static String path(String moduleId) {
        return "/api/v1/learners/me/modules/" + moduleId + "/review";
    }

    private static String today(int plus) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(plus).toString();
    }

    @Test
    void aGradedReviewReschedulesTheCardAndCountsTowardsTheStreak() {
        published("review-grade", 1, ReviewModule.MODULE.formatted("review-grade", 1));
        as("learner-review").when().get(path("review-grade") + "/due?limit=5").then().statusCode(200)
                .body("dueCount", equalTo(0)).body("newCount", equalTo(34)).body("cards", hasSize(5))
                .body("cards[0].cardId", equalTo("clarify-requirements")).body("cards[0].isNew", equalTo(true));

        as("learner-review").contentType(ContentType.JSON).body("{\"grade\": 4}")
                .when().post(path("review-grade") + "/cards/clarify-requirements/reviews").then().statusCode(200)
                .body("grade", equalTo(4)).body("correct", nullValue()).body("repetitions", equalTo(1))
                .body("intervalDays", equalTo(1)).body("due", equalTo(today(1)));
        as("learner-review").contentType(ContentType.JSON).body("{\"grade\": 5}")
                .when().post(path("review-grade") + "/cards/clarify-requirements/reviews").then().statusCode(200)
                .body("repetitions", equalTo(2)).body("intervalDays", equalTo(6)).body("ease", equalTo(2.6f))
                .body("due", equalTo(today(6)));
        as("learner-review").contentType(ContentType.JSON).body("{\"grade\": 1}")
                .when().post(path("review-grade") + "/cards/estimate-scale/reviews").then().statusCode(200)
                .body("repetitions", equalTo(0)).body("due", equalTo(today(1)));

        as("learner-review").when().get(path("review-grade") + "/due").then().statusCode(200)
                .body("newCount", equalTo(32)).body("cards.cardId", not(hasItem("clarify-requirements")));
        as("learner-review").when().get(path("review-grade") + "/cards").then().statusCode(200)
                .body("cards", hasSize(34)).body("version", equalTo(1))
                .body("cards.find { it.cardId == 'clarify-requirements' }.reviews", equalTo(2))
                .body("cards.find { it.cardId == 'clarify-requirements' }.isNew", equalTo(false));
        as("learner-review").when().get("/api/v1/learners/me/review").then().statusCode(200)
                .body("streakDays", equalTo(1)).body("reviewedToday", equalTo(3)).body("dueToday", equalTo(0))
                .body("forecast", hasSize(7)).body("forecast[1].due", equalTo(1)).body("forecast[6].due", equalTo(1))
                .body("modules.find { it.moduleId == 'review-grade' }.newCards", equalTo(32));
        as("learner-other").when().get("/api/v1/learners/me/review").then().statusCode(200)
                .body("streakDays", equalTo(0)).body("reviewedToday", equalTo(0));
        as("learner-other").when().get("/api/v1/learners/learner-review/review").then().statusCode(403);
    }

    @ParameterizedTest(name = "{0}: right {1}")
    @CsvSource({ "5000,true,4", "20000,true,4", "20001,false,1", "1200,false,1" })
    void aCostCardAcceptsAFigureWithinTheModulesRange(String answer, boolean right, int grade) {
        published("review-figure", 1, ReviewModule.MODULE.formatted("review-figure", 1));
        as("learner-figure-" + answer).contentType(ContentType.JSON).body("{\"answer\": " + answer + "}")
                .when().post(path("review-figure") + "/cards/cost-compute.figure/reviews").then().statusCode(200)
                .body("correct", equalTo(right)).body("grade", equalTo(grade))
                .body("back", equalTo("$5,000-20,000/month"));
    }

    @Test
    void aNewVersionOfTheModuleUpdatesTheCardsAndKeepsTheSchedule() {
        published("review-version", 1, ReviewModule.MODULE.formatted("review-version", 1));
        as("learner-version").contentType(ContentType.JSON).body("{\"grade\": 5}")
                .when().post(path("review-version") + "/cards/cost-storage/reviews").then().statusCode(200);
        String v2 = ReviewModule.MODULE.formatted("review-version", 2).replace("$23/TB/month", "$21/TB/month")
                .replace("$2,300/month", "$2,100/month")
                .replace(
                        """
                                {"id": "send-thank-you-note", "kind": "CHECKLIST_ITEM", "title": "Send thank you note", "estimatedMinutes": 2, "attributes": {"group": "After the Interview"}},""",
                        "");
        published("review-version", 2, v2);
        as("learner-version").when().get(path("review-version") + "/cards").then().statusCode(200)
                .body("version", equalTo(2))
                .body("cards.find { it.cardId == 'cost-storage' }.back", equalTo("$21/TB/month"))
                .body("cards.find { it.cardId == 'cost-storage' }.reviews", equalTo(1))
                .body("cards.find { it.cardId == 'cost.total' }.back", equalTo("$27,100-42,100/month"))
                .body("cards.cardId", not(hasItem("checklist.after-the-interview")))
                .body("cards", hasSize(33));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            grade 6                     | clarify-requirements  | {"grade": 6}                 | 400 | grade
            grade -1                    | clarify-requirements  | {"grade": -1}                | 400 | grade
            no grade                    | clarify-requirements  | {}                           | 422 | grade
            a figure for a recall card  | clarify-requirements  | {"answer": 3}                | 422 | answer
            a figure and a grade        | cost-compute.figure   | {"answer": 3, "grade": 5}    | 422 | grade
            a negative figure           | cost-compute.figure   | {"answer": -3}               | 400 | answer
            a grade as text             | clarify-requirements  | {"grade": "good"}            | 400 |
            """)
    void badReviewsAreRefusedAndNothingIsScheduled(String description, String card, String body, int status,
            String field) {
        published("review-bad", 1, ReviewModule.MODULE.formatted("review-bad", 1));
        var response = as("learner-review-bad").contentType(ContentType.JSON).body(body)
                .when().post(path("review-bad") + "/cards/" + card + "/reviews").then().statusCode(status)
                .contentType("application/problem+json");
        if (field != null) {
            response.body("violations.field", hasItem(org.hamcrest.Matchers.endsWith(field)));
        }
        as("learner-review-bad").when().get(path("review-bad") + "/due").then().body("dueCount", equalTo(0))
                .body("newCount", equalTo(34));
        as("learner-review-bad").when().get("/api/v1/learners/me/review").then().body("reviewedToday", equalTo(0));
    }

    @Test
    void unknownCardsModulesAndLimitsAreRefused() {
        published("review-unknown", 1, ReviewModule.MODULE.formatted("review-unknown", 1));
        as("learner-unknown").contentType(ContentType.JSON).body("{\"grade\": 3}")
                .when().post(path("review-unknown") + "/cards/no-such-card/reviews").then().statusCode(404)
                .contentType("application/problem+json");
        as("learner-unknown").when().get(path("nowhere") + "/due").then().statusCode(404);
        as("learner-unknown").when().get(path("review-unknown") + "/due?limit=0").then().statusCode(400);
        as("learner-unknown").when().get(path("review-unknown") + "/due?limit=101").then().statusCode(400);
        as("learner-unknown").when().get("/api/v1/learners/someone-else/modules/review-unknown/review/due").then()
                .statusCode(403);
    }

    @Test
    void eachReviewIsAnXapiStatementScoredByItsGrade() {
        published("review-xapi", 1, ReviewModule.MODULE.formatted("review-xapi", 1));
        String since = java.time.OffsetDateTime.now().minusSeconds(1).toString();
        as("learner-review-xapi").contentType(ContentType.JSON).body("{\"answer\": 12000}")
                .when().post(path("review-xapi") + "/cards/cost-compute.figure/reviews").then().statusCode(200);
        given().auth().oauth2(dev.principalprep.localstack.testing.JwtTestResource.token("hr-platform", "integration"))
                .header("X-Experience-API-Version", "1.0.3").queryParam("since", since).queryParam("limit", 500)
                .when().get("/api/v1/xapi/statements").then().statusCode(200)
                .body("statements.findAll { it.actor.account.name == 'learner-review-xapi' }", hasSize(1))
                .body("statements.find { it.actor.account.name == 'learner-review-xapi' }.verb.id",
                        equalTo("http://adlnet.gov/expapi/verbs/answered"))
                .body("statements.find { it.actor.account.name == 'learner-review-xapi' }.object.id",
                        equalTo("https://principalprep.dev/xapi/activities/modules/review-xapi/review-cards/cost-compute.figure"))
                .body("statements.find { it.actor.account.name == 'learner-review-xapi' }.result.score.scaled",
                        equalTo(0.8f));
    }
}
