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
            // The test client stands in for an ingress: its X-Forwarded-For is believed.
            return Map.of("gateway.rate-limit.requests", "3", "gateway.rate-limit.window", "60s",
                    "gateway.trusted-proxies", "127.0.0.1,::1");
        }
    }

    /** An ingress in front (TLS, a prefix) is believed, so the service's links name the address clients use. */
    @Test
    void passesOnThePublicAddressATrustedProxyReports() {
        given().auth().oauth2(JwtTestResource.token("ingress-user", "learner"))
                .header("X-Forwarded-Host", "api.principalprep.dev").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Prefix", "/prep")
                .when().get("/api/v1/estimates")
                .then().statusCode(200)
                .body("forwardedHost", equalTo("api.principalprep.dev"))
                .body("forwardedProto", equalTo("https"))
                .body("forwardedPrefix", equalTo("/prep"));
    }

    /** Proves the per-subject rate limit: the fourth request in the window is refused, another subject is not. */
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

    @Test
    void theDashboardIsLimitedLikeEveryOtherRoute() {
        String token = JwtTestResource.token("dashboard-refresher", "learner");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).when().get("/api/v1/me/dashboard").then().statusCode(200);
        }
        given().auth().oauth2(token).when().get("/api/v1/me/dashboard")
                .then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("/problems/too-many-requests"));
    }

    @Test
    void devTokensAreLimitedByTheAddressTheTrustedProxyReports() {
        for (int i = 0; i < 3; i++) {
            devToken("198.51.100.9").then().statusCode(200);
        }
        devToken("198.51.100.9").then().statusCode(429);
        // What a client writes left of the proxy's entry changes nothing; another client has its own budget.
        devToken("1.2.3.4, 198.51.100.9").then().statusCode(429);
        devToken("198.51.100.10").then().statusCode(200);
    }

    private static io.restassured.response.Response devToken(String forwardedFor) {
        return given().header("X-Forwarded-For", forwardedFor).contentType("application/json")
                .body("{\"subject\": \"someone\", \"roles\": [\"learner\"]}")
                .when().post("/api/v1/dev/tokens");
    }
}
