package dev.principalprep.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import dev.principalprep.localstack.testing.JwtTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = UpstreamStub.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = JwtTestResource.class, scope = TestResourceScope.GLOBAL)
class UpstreamFailuresTest {

    private static final String TOKEN = JwtTestResource.token("learner-1", "learner");

    @Test
    void aServiceNobodyAnswersFor503InTimeAndTheOthersAreUntouched() {
        given().auth().oauth2(TOKEN).when().get("/api/v1/down/anything")
                .then().statusCode(503).contentType("application/problem+json")
                .body("title", equalTo("Service Unavailable"))
                .time(lessThan(3000L));
        given().when().get("/api/v1/modules").then().statusCode(200);
    }

    @Test
    void aSlowServiceIs504AfterItsTimeout() {
        given().auth().oauth2(TOKEN).when().get("/api/v1/slow")
                .then().statusCode(504).contentType("application/problem+json")
                .body("status", equalTo(504))
                .time(lessThan(2900L));
    }

    @Test
    void aServiceErrorIs502WithoutItsInternals() {
        given().auth().oauth2(TOKEN).when().get("/api/v1/fail")
                .then().statusCode(502).contentType("application/problem+json")
                .body(not(containsString("NullPointerException")))
                .body("detail", equalTo("The fail service failed to answer this request"));
    }

    @Test
    void afterRepeatedFailuresTheCircuitOpensAndAnswersAtOnceWithRetryAfter() {
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(TOKEN).when().get("/api/v1/down/x").then().statusCode(503);
        }
        given().auth().oauth2(TOKEN).when().get("/api/v1/down/x")
                .then().statusCode(503)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("detail", equalTo("The down service is not answering; try again shortly"));
    }
}
