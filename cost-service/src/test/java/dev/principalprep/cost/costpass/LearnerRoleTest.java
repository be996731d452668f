package dev.principalprep.cost.costpass;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.principalprep.cost.support.CostServiceTest;
import dev.principalprep.localstack.testing.JwtTestResource;
import io.restassured.http.ContentType;

/** Only learner tokens create a learner's estimates and cost passes: an integration or ld-admin token gets 403. */
@CostServiceTest
class LearnerRoleTest {

    @ParameterizedTest
    @ValueSource(strings = { "integration", "ld-admin" })
    void otherRolesNeverWriteLearnerData(String role) {
        String token = JwtTestResource.token("not-a-learner-" + role, role);
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"preset\": \"module-9-example\"}")
                .when().post("/api/v1/estimates").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(CostPassExamples.SAID_CORRECTLY)
                .when().post("/api/v1/cost-passes").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(JwtTestResource.token("not-a-learner-" + role, "learner")).when().get("/api/v1/estimates")
                .then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(JwtTestResource.token("a-learner-" + role, "learner")).contentType(ContentType.JSON)
                .body("{\"preset\": \"module-9-example\"}").when().post("/api/v1/estimates").then().statusCode(201);
    }
}
