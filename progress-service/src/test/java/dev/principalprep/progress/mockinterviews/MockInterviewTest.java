package dev.principalprep.progress.mockinterviews;

import static dev.principalprep.progress.support.Learners.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.principalprep.progress.support.Curriculum;
import dev.principalprep.progress.support.ProgressServiceTest;
import io.restassured.http.ContentType;

@ProgressServiceTest
class MockInterviewTest {

    private static final String SESSION = """
            {"heldOn": "%s", "kind": "SYSTEM_DESIGN", "checklist": ["practice-cost-calculations"],
             "stepScores": {"step-a": %d, "step-b": 3}, "starScore": 3,
             "reflections": {"wentWell": "Clear requirements", "wentPoorly": "Slow cost pass",
                             "questionsToDocument": "Kafka sizing", "followUps": "Redo estimate"}}""";

    private static String path(String module) {
        return "/api/v1/learners/me/modules/" + module + "/mock-interviews";
    }

    @Test
    void sessionsShowTheirChecklistScoresReflectionsAndTrend() {
        Curriculum.publish("mock-trend");
        as("learner-mock").contentType(ContentType.JSON).body(SESSION.formatted("2026-11-01", 2))
                .when().post(path("mock-trend")).then().statusCode(201)
                .body("checklist", contains("practice-cost-calculations"))
                .body("checklistTotal", equalTo(1))
                .body("reflections.wentPoorly", equalTo("Slow cost pass"));
        as("learner-mock").contentType(ContentType.JSON).body(SESSION.formatted("2026-11-15", 4))
                .when().post(path("mock-trend")).then().statusCode(201);

        as("learner-mock").when().get(path("mock-trend")).then().statusCode(200)
                .body("sessions", hasSize(2))
                .body("trend.averageStepScore", contains(2.5f, 3.5f))
                .body("stepChange.'step-a'", equalTo(2))
                .body("stepChange.'step-b'", equalTo(0));
        as("someone-else").when().get(path("mock-trend")).then().statusCode(200).body("sessions", hasSize(0));
        as("someone-else").when().get("/api/v1/learners/learner-mock/modules/mock-trend/mock-interviews").then()
                .statusCode(403);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            foreign checklist item | "practice-cost-calculations" | "not-on-the-list"       | 422 | checklist
            foreign step           | "step-b": 3                  | "step-z": 3             | 422 | stepScores.step-z
            score above 5          | "step-b": 3                  | "step-b": 6             | 400 |
            star score 0           | "starScore": 3               | "starScore": 0          | 400 | starScore
            no kind                | "kind": "SYSTEM_DESIGN",     | ''                      | 400 | kind
            unknown kind           | SYSTEM_DESIGN                | COFFEE_CHAT             | 400 |
            oversize reflection    | Slow cost pass               | %LONG%                  | 400 | reflections.wentPoorly
            """)
    void badSessionsAreRefusedAndNothingIsStored(String description, String from, String to, int status, String field) {
        Curriculum.publish("mock-bad");
        String body = SESSION.formatted("2026-11-01", 2).replace(from, to).replace("%LONG%", "x".repeat(2001));
        var response = as("learner-mock-bad").contentType(ContentType.JSON).body(body)
                .when().post(path("mock-bad")).then().statusCode(status).contentType("application/problem+json");
        if (field != null) {
            response.body("violations.field", hasItem(org.hamcrest.Matchers.endsWith(field)));
        }
        as("learner-mock-bad").when().get(path("mock-bad")).then().body("sessions", hasSize(0));
    }

    @Test
    void aSessionInTheFutureIsRefused() {
        Curriculum.publish("mock-future");
        as("learner-mock-bad").contentType(ContentType.JSON)
                .body(SESSION.formatted(LocalDate.now().plusDays(2).toString(), 2))
                .when().post(path("mock-future")).then().statusCode(400)
                .body("violations.field", hasItem(org.hamcrest.Matchers.endsWith("heldOn")));
    }

    /** The new session's own address, at the gateway's public host, not the collection's nor the service's. */
    @Test
    void theLocationOfALoggedSessionIsItsOwnPublicAddress() {
        Curriculum.publish("mock-location");
        var created = as("learner-location").contentType(ContentType.JSON).body(SESSION.formatted("2026-11-01", 2))
                .header("X-Forwarded-Host", "api.principalprep.dev").header("X-Forwarded-Proto", "https")
                .when().post(path("mock-location")).then().statusCode(201).extract();
        org.junit.jupiter.api.Assertions.assertEquals(
                "https://api.principalprep.dev" + path("mock-location") + "/" + created.path("id"),
                created.header("Location"));
    }

    @Test
    void aLearnerReadsCorrectsAndDeletesOneSession() {
        Curriculum.publish("mock-edit");
        String id = as("learner-edit").contentType(ContentType.JSON).body(SESSION.formatted("2026-11-01", 2))
                .when().post(path("mock-edit")).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString(path("mock-edit") + "/"))
                .extract().path("id");
        as("learner-edit").when().get(path("mock-edit") + "/" + id).then().statusCode(200)
                .body("heldOn", equalTo("2026-11-01")).body("stepScores.'step-a'", equalTo(2))
                .body("updatedAt", org.hamcrest.Matchers.nullValue());

        String corrected = SESSION.formatted("2026-11-02", 5).replace("Slow cost pass", "Rushed the deep dive");
        as("learner-edit").contentType(ContentType.JSON).body(corrected)
                .when().put(path("mock-edit") + "/" + id).then().statusCode(200)
                .body("heldOn", equalTo("2026-11-02")).body("stepScores.'step-a'", equalTo(5))
                .body("reflections.wentPoorly", equalTo("Rushed the deep dive"))
                .body("updatedAt", org.hamcrest.Matchers.notNullValue());
        as("learner-edit").when().get(path("mock-edit")).then()
                .body("sessions", hasSize(1)).body("trend.averageStepScore", contains(4.0f));

        as("someone-else").when().get(path("mock-edit") + "/" + id).then().statusCode(404);
        as("someone-else").contentType(ContentType.JSON).body(corrected)
                .when().put(path("mock-edit") + "/" + id).then().statusCode(404);
        as("someone-else").when().delete(path("mock-edit") + "/" + id).then().statusCode(404);
        as("learner-edit").when().get(path("mock-trend-elsewhere") + "/" + id).then().statusCode(404);

        as("learner-edit").when().delete(path("mock-edit") + "/" + id).then().statusCode(204);
        as("learner-edit").when().get(path("mock-edit") + "/" + id).then().statusCode(404);
        as("learner-edit").when().get(path("mock-edit")).then().body("sessions", hasSize(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-20T10:00:00Z | give the day only, without a time: YYYY-MM-DD, for example 2026-11-20
            20/11/2026           | write the date as YYYY-MM-DD (year, month, day), for example 2026-11-20
            2026-02-30           | no such day in the calendar: the month must be 01 to 12 and the day must exist in it
            """)
    void aDateNotWrittenYearMonthDayIsRefusedInWords(String date, String message) {
        Curriculum.publish("mock-dates");
        as("learner-dates").contentType(ContentType.JSON).body(SESSION.formatted(date, 2))
                .when().post(path("mock-dates")).then().statusCode(400).contentType("application/problem+json")
                .body("violations.find { it.field.endsWith('heldOn') }.message", equalTo(message))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("java.")))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("LocalDate")));
        String id = as("learner-dates").contentType(ContentType.JSON).body(SESSION.formatted("2026-11-01", 2))
                .when().post(path("mock-dates")).then().statusCode(201).extract().path("id");
        as("learner-dates").contentType(ContentType.JSON).body(SESSION.formatted(date, 3))
                .when().put(path("mock-dates") + "/" + id).then().statusCode(400);
        as("learner-dates").when().get(path("mock-dates") + "/" + id).then().body("heldOn", equalTo("2026-11-01"))
                .body("stepScores.'step-a'", equalTo(2));
        as("learner-dates").when().delete(path("mock-dates") + "/" + id).then().statusCode(204);
    }
}
