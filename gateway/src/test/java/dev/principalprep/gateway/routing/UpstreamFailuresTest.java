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
    void aServiceThatComesBackIsReachedAgainOnceItsCircuitLetsCallsThrough() throws Exception {
        for (int i = 0; i < 4; i++) {
            given().auth().oauth2(TOKEN).when().get("/api/v1/revived").then().statusCode(503);
        }
        io.vertx.core.Vertx vertx = io.vertx.core.Vertx.vertx();
        try {
            vertx.createHttpServer()
                    .requestHandler(
                            request -> request.response().putHeader("Content-Type", "application/json").end("{\"back\": true}"))
                    .listen(UpstreamStub.REVIVED_PORT, "127.0.0.1").toCompletionStage().toCompletableFuture().get();
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> given()
                    .auth().oauth2(TOKEN).when().get("/api/v1/revived").then().statusCode(200).body("back", equalTo(true)));
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get();
        }
    }

    @Test
    void aHeaderWithALineBreakIsRefused() throws Exception {
        int port = io.restassured.RestAssured.port;
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET /api/v1/modules HTTP/1.1\r\nHost: localhost\r\n"
                    + "X-Injected: a\rSet-Cookie: b\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream())).readLine();
            org.junit.jupiter.api.Assertions.assertTrue(status != null && status.contains(" 400 "), status);
        }
    }

    /** Proves the circuit breaker: once open, the gateway answers itself ("not answering") without trying the service. */
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

    /** Proves the breaker counts only what says a service is unwell: 500s one request caused never open it. */
    @Test
    void aServiceErrorOneRequestCausedNeverOpensTheCircuit() {
        for (int i = 0; i < 6; i++) {
            given().auth().oauth2(TOKEN).when().get("/api/v1/fail").then().statusCode(502)
                    .body("type", equalTo("/problems/bad-gateway"));
        }
    }

    @Test
    void a503FromTheServiceKeepsItsRetryAfterAndCountsTowardsTheCircuit() {
        given().auth().oauth2(TOKEN).when().get("/api/v1/unwell")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "7")
                .body("type", equalTo("/problems/service-unavailable"));
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(TOKEN).when().get("/api/v1/unwell").then().statusCode(503);
        }
        given().auth().oauth2(TOKEN).when().get("/api/v1/unwell")
                .then().statusCode(503)
                .body("detail", equalTo("The unwell service is not answering; try again shortly"));
    }

    /**
     * The route's 3 s count from when a request is sent, not from the last answer its pooled connection carried: a
     * POST (never repeated) that comes 2 s after a quiet spell and is answered 1.5 s later is in time.
     */
    @Test
    void aRequestOnAConnectionThatSatInThePoolHasItsWholeTimeout() throws Exception {
        given().auth().oauth2(TOKEN).queryParam("wait", 0).when().get("/api/v1/patient").then().statusCode(200);
        Thread.sleep(2000);
        given().auth().oauth2(TOKEN).queryParam("wait", 1500).contentType("application/json").body("{}")
                .when().post("/api/v1/patient").then().statusCode(200).body("done", equalTo(true));
    }

    @Test
    void anIdempotentRequestOnAPooledConnectionTheServiceClosedIsRetriedOnceOnAFreshOne() {
        for (int i = 0; i < 4; i++) {
            given().auth().oauth2(TOKEN).when().get("/api/v1/flaky")
                    .then().statusCode(200).body("fresh", equalTo(true));
        }
        given().auth().oauth2(TOKEN).contentType("application/json").body("{}").when().put("/api/v1/flaky")
                .then().statusCode(200);
        // The PUT left its connection in the pool; a POST on it is not repeated, since it may have been applied.
        given().auth().oauth2(TOKEN).contentType("application/json").body("{}").when().post("/api/v1/flaky")
                .then().statusCode(503).body("detail", equalTo("The flaky service cannot be reached"));
    }
}
