package dev.principalprep.gateway.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import dev.principalprep.gateway.routing.UpstreamStub;
import dev.principalprep.localstack.testing.JwtTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;

@QuarkusTest
@WithTestResource(value = UpstreamStub.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = JwtTestResource.class, scope = TestResourceScope.GLOBAL)
class UpstreamsHealthCheckTest {

    private static final String UPSTREAMS = "checks.find { it.name == 'upstreams' }.data.";

    @Test
    void healthShowsEachUpstreamAndStaysUpWhenOneIsDown() {
        // An answer shows the round of checks an earlier one started.
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> given().when().get("/q/health/ready")
                        .then().statusCode(200)
                        .body("status", equalTo("UP"))
                        .body(UPSTREAMS + "content", equalTo("UP"))
                        .body(UPSTREAMS + "cost", equalTo("UP"))
                        .body(UPSTREAMS + "down", equalTo("DOWN (not answering)")));
    }

    /**
     * The silent service's check waits a minute (its route's timeout) for an answer that never comes, and this class
     * alone probes the gateway's readiness, so no check of it can have finished: a probe that waited for the checks
     * would still be open when the client gives up after 10 s, or would show a result.
     */
    @Test
    void aServiceThatNeverAnswersDelaysNoProbe() {
        RestAssuredConfig tenSeconds = RestAssuredConfig.config()
                .httpClient(HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 10_000));
        for (int probe = 0; probe < 2; probe++) {
            given().config(tenSeconds).when().get("/q/health/ready")
                    .then().statusCode(200)
                    .body("status", equalTo("UP"))
                    .body(UPSTREAMS + "silent", equalTo(UpstreamsHealthCheck.NOT_YET_CHECKED));
        }
    }
}
