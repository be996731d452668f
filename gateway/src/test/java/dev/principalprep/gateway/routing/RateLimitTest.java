package dev.principalprep.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.principalprep.localstack.testing.JwtTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(RateLimitTest.ThreePerMinute.class)
@WithTestResource(value = UpstreamStub.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = JwtTestResource.class, scope = TestResourceScope.GLOBAL)
class RateLimitTest {

    /** A limit small enough to reach in a test. */
    public static class ThreePerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limit.requests", "3", "gateway.rate-limit.window", "60s");
        }
    }

    @Test
    void aSubjectOverItsLimitGets429WithRetryAfterAndOthersGoOn() {
        String token = JwtTestResource.token("busy-learner", "learner");
        for (int i = 3; i > 0; i--) {
            given().auth().oauth2(token).when().get("/api/v1/estimates")
                    .then().statusCode(200).header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", String.valueOf(i - 1));
        }
        given().auth().oauth2(token).when().get("/api/v1/estimates")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", "0")
                .body("status", equalTo(429));
        given().auth().oauth2(JwtTestResource.token("calm-learner", "learner")).when().get("/api/v1/estimates")
                .then().statusCode(200);
    }
}
