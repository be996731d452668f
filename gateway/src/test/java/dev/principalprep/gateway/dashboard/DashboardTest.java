package dev.principalprep.gateway.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import dev.principalprep.gateway.routing.UpstreamStub;
import dev.principalprep.localstack.testing.JwtTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = UpstreamStub.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = JwtTestResource.class, scope = TestResourceScope.GLOBAL)
class DashboardTest {

    @Test
    void composesEveryPartOfTheHomeScreenInOneRoundTrip() {
        given().auth().oauth2(JwtTestResource.token("learner-1", "learner")).when().get("/api/v1/me/dashboard")
                .then().statusCode(200)
                .body("learner", equalTo("learner-1"))
                .body("progress[0].hours.minHours", equalTo(10.0f))
                .body("progress[0].hours.maxHours", equalTo(12.0f))
                .body("progress[0].itemsCompleted", equalTo(1))
                .body("progress[0].itemsTotal", equalTo(74))
                .body("progress[0].percentComplete", equalTo(5.3f))
                .body("progress[0].costPractice.passes", equalTo(1))
                .body("progress[0].costPractice.target", equalTo(3))
                .body("progress[0].skillsAssessed", equalTo(true))
                .body("progress[0].topSkill.skill", equalTo("FinOps"))
                .body("nextItems.id", contains("deep-dive", "estimate-scale", "high-level-design"))
                .body("stories.count", equalTo(6))
                .body("stories.withinTarget", equalTo(true))
                .body("latestEstimates[0].totalHigh", equalTo(42300.00f))
                .body("latestEstimates[0].createdAt", equalTo("2026-11-27T09:30:00Z"))
                .body("review.streakDays", equalTo(3))
                .body("review.dueToday", equalTo(4))
                .body("review.forecast[1].due", equalTo(9))
                .body("review.modules", nullValue())
                .body("missing", hasSize(0));
    }

    @Test
    void whenAnUpstreamFailsTheRestIsReturnedAndTheGapNamed() {
        given().auth().oauth2(JwtTestResource.token("learner-without-estimates", "learner"))
                .when().get("/api/v1/me/dashboard")
                .then().statusCode(200)
                .body("progress", hasSize(1))
                .body("latestEstimates", nullValue())
                .body("missing", contains("latestEstimates"));
    }

    @Test
    void aLearnerWhoHasNotAssessedTheirSkillsHasNoTopSkillAndNothingMissing() {
        given().auth().oauth2(JwtTestResource.token("learner-not-assessed", "learner"))
                .when().get("/api/v1/me/dashboard")
                .then().statusCode(200)
                .body("progress[0].skillsAssessed", equalTo(false))
                .body("progress[0].topSkill", nullValue())
                .body("missing", hasSize(0));
    }

    @Test
    void aStudyPlanThatCannotBeReadIsNamedMissing() {
        given().auth().oauth2(JwtTestResource.token("learner-plan-fails", "learner"))
                .when().get("/api/v1/me/dashboard")
                .then().statusCode(200)
                .body("progress[0].percentComplete", equalTo(5.3f))
                .body("progress[0].topSkill", nullValue())
                .body("missing", contains("studyPlan"));
    }

    @Test
    void needsAToken() {
        given().when().get("/api/v1/me/dashboard").then().statusCode(401);
    }
}
