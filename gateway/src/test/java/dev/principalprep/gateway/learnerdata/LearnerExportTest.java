package dev.principalprep.gateway.learnerdata;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import dev.principalprep.gateway.routing.UpstreamStub;
import dev.principalprep.localstack.testing.JwtTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** The export asked of each service that holds learner data, as one document, all or nothing. */
@QuarkusTest
@WithTestResource(value = UpstreamStub.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = JwtTestResource.class, scope = TestResourceScope.GLOBAL)
class LearnerExportTest {

    private static RequestSpecification as(String subject, String role) {
        return given().auth().oauth2(JwtTestResource.token(subject, role));
    }

    @Test
    void eachServiceIsAskedForItsPartWithTheCallersPathAndTheDocumentNamesWhichGaveWhat() {
        as("learner-1", "learner").when().get("/api/v1/learners/me/export").then().statusCode(200)
                .body("learnerId", equalTo("learner-1"))
                .body("exportedAt", notNullValue())
                .body("services.progress.uri", equalTo("/api/v1/learners/me/export"))
                .body("services.progress.method", equalTo("GET"))
                .body("services.cost.uri", equalTo("/api/v1/learners/me/export"));
    }

    @Test
    void anLdAdminExportsAnyLearner() {
        as("ld-admin-1", "ld-admin").when().get("/api/v1/learners/learner-7/export").then().statusCode(200)
                .body("learnerId", equalTo("learner-7"))
                .body("services.progress.uri", equalTo("/api/v1/learners/learner-7/export"))
                .body("services.cost.uri", equalTo("/api/v1/learners/learner-7/export"));
    }

    @Test
    void aServiceWithoutItsPartMakesThe503NamingItNeverAPartialExport() {
        as("learner-export-down", "learner").when().get("/api/v1/learners/me/export").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("status", equalTo(503))
                .body("detail", equalTo("No export from progress, cost for now: retry shortly"));
    }

    @Test
    void onlyTheLearnerOrAnLdAdminAndBadInput() {
        as("hr-platform", "integration").when().get("/api/v1/learners/learner-1/export").then().statusCode(403)
                .contentType("application/problem+json");
        as("hr-platform", "integration").when().get("/api/v1/learners/me/export").then().statusCode(403);
        as("learner-1", "learner").when().get("/api/v1/learners/learner-2/export").then().statusCode(403)
                .contentType("application/problem+json");
        given().when().get("/api/v1/learners/me/export").then().statusCode(401)
                .contentType("application/problem+json");
        as("ld-admin-1", "ld-admin").when().get("/api/v1/learners/" + "x".repeat(129) + "/export").then()
                .statusCode(400).contentType("application/problem+json");
    }
}
