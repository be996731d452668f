package dev.principalprep.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.principalprep.localstack.testing.JwtTestResource;
import dev.principalprep.localstack.testing.RedisTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;

/**
 * With Redis configured, every gateway replica counts against one budget per client: what another replica counted
 * (here a second limiter on the same Redis) is spent for this one too. Against a real redis-server.
 */
@QuarkusTest
@TestProfile(RedisRateLimitTest.ThreePerMinuteInRedis.class)
@WithTestResource(value = UpstreamStub.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = JwtTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = RedisTestResource.class, initArgs = @ResourceArg(name = "property", value = "gateway.rate-limit.redis-url"))
class RedisRateLimitTest {

    /** A limit small enough to reach in a test, kept in Redis. */
    public static class ThreePerMinuteInRedis implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limit.requests", "3", "gateway.rate-limit.window", "60s");
        }
    }

    @Inject
    Vertx vertx;

    @Test
    void aBudgetIsSharedByEveryReplica() throws Exception {
        RedisRateLimits otherReplica = new RedisRateLimits(vertx, RedisTestResource.url(), 3, Duration.ofSeconds(60),
                new RateLimiter(3, Duration.ofSeconds(60), Clock.systemUTC()));
        String token = JwtTestResource.token("learner-on-two-replicas", "learner");
        given().auth().oauth2(token).when().get("/api/v1/estimates").then().statusCode(200).header("RateLimit-Remaining", "2");
        assertTrue(
                otherReplica.acquire("sub:learner-on-two-replicas").toCompletionStage().toCompletableFuture().get().allowed());
        given().auth().oauth2(token).when().get("/api/v1/estimates").then().statusCode(200).header("RateLimit-Remaining", "0");
        given().auth().oauth2(token).when().get("/api/v1/estimates")
                .then().statusCode(429).body("type", equalTo("/problems/too-many-requests"));
        assertFalse(
                otherReplica.acquire("sub:learner-on-two-replicas").toCompletionStage().toCompletableFuture().get().allowed());
        given().auth().oauth2(JwtTestResource.token("someone-else", "learner")).when().get("/api/v1/estimates")
                .then().statusCode(200);
    }
}
