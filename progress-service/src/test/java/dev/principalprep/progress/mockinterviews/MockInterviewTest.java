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
}
