package dev.principalprep.cost.optimization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import dev.principalprep.cost.support.CostServiceTest;
import dev.principalprep.cost.support.Estimates;
import dev.principalprep.localstack.testing.JwtTestResource;

@CostServiceTest
class OptimizationResourceTest {

    private static final String OWNER = "learner-levers";

    @Test
    void showsEachLeverAndTheCombinedScenarioForTheModuleExample() {
        String id = Estimates.create(JwtTestResource.token(OWNER, "learner"), "{\"preset\": \"module-9-example\"}");
        given().auth().oauth2(JwtTestResource.token(OWNER, "learner"))
                .when().get("/api/v1/estimates/" + id + "/optimizations")
                .then().statusCode(200)
                .body("levers.find { it.id == 'spot-instances' }.newTotalLow", equalTo(24300.00f))
                .body("levers.find { it.id == 'spot-instances' }.newTotalHigh", equalTo(26300.00f))
                .body("levers.find { it.id == 'lifecycle-archiving' }.savingLow", equalTo(1320.60f))
                .body("levers.find { it.id == 'caching' }.savingLow", equalTo(5000.00f))
                .body("combined.newTotalLow", equalTo(16912.73f))
                .body("commitments.find { it.years == 3 }.committedHigh", equalTo(244800.00f));
        given().auth().oauth2(JwtTestResource.token(OWNER, "learner")).queryParam("cacheHitRatio", "0.8")
                .when().get("/api/v1/estimates/" + id + "/optimizations")
                .then().statusCode(200)
                .body("levers.find { it.id == 'caching' }.savingLow", equalTo(8000.00f));
    }

    @Test
    void refusesBadAssumptionsAndOthersEstimates() {
        String id = Estimates.create(JwtTestResource.token(OWNER, "learner"), "{\"preset\": \"module-9-example\"}");
        given().auth().oauth2(JwtTestResource.token(OWNER, "learner")).queryParam("cacheHitRatio", "1.5")
                .when().get("/api/v1/estimates/" + id + "/optimizations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("cacheHitRatio"));
        given().auth().oauth2(JwtTestResource.token(OWNER, "learner")).queryParam("archiveFraction", "0.9")
                .when().get("/api/v1/estimates/" + id + "/optimizations")
                .then().statusCode(422).body("violations.field", hasItem("archiveFraction"));
        given().auth().oauth2(JwtTestResource.token("not-the-owner", "learner"))
                .when().get("/api/v1/estimates/" + id + "/optimizations")
                .then().statusCode(404);
    }
}
