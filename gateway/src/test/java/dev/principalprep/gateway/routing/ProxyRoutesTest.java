package dev.principalprep.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.principalprep.localstack.testing.JwtTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = UpstreamStub.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = JwtTestResource.class, scope = TestResourceScope.GLOBAL)
class ProxyRoutesTest {

    /** The service builds links and Location from these: the gateway's address, never one a client made up. */
    @Test
    void tellsTheServiceTheGatewaysOwnAddressWhateverAnUntrustedClientClaims() {
        given().header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "gopher")
                .header("X-Forwarded-Prefix", "/phish")
                .when().get("/api/v1/modules")
                .then().statusCode(200)
                .body("forwardedHost", equalTo("localhost:" + io.restassured.RestAssured.port))
                .body("forwardedProto", equalTo("http"))
                .body("forwardedPrefix", org.hamcrest.Matchers.nullValue());
    }

    /** A service's compressed JSON reaches the client as the service sent it: neither unpacked nor packed twice. */
    @Test
    void passesOnACompressedAnswerAndAsksForOneOnlyWhenTheClientAcceptsIt() throws Exception {
        // HTTP/1.1 as browsers and mobile clients speak it to a plain-HTTP gateway (no h2c upgrade).
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        java.net.URI uri = java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port
                + "/api/v1/modules/compressed");
        java.net.http.HttpResponse<byte[]> gzipped = client.send(java.net.http.HttpRequest.newBuilder(uri)
                .header("Accept-Encoding", "gzip").build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        org.junit.jupiter.api.Assertions.assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""));
        String json;
        try (var unzipped = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))) {
            json = new String(unzipped.readAllBytes());
        }
        org.junit.jupiter.api.Assertions.assertTrue(json.startsWith("{\"text\": \"spot instances"), json);
        java.net.http.HttpResponse<String> plain = client.send(java.net.http.HttpRequest.newBuilder(uri).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        org.junit.jupiter.api.Assertions.assertEquals(json, plain.body());
        org.junit.jupiter.api.Assertions.assertTrue(gzipped.body().length < json.length() / 4,
                gzipped.body().length + " of " + json.length() + " bytes");
    }

    @Test
    void forwardsAReadWithItsQueryAndARequestId() {
        given().when().get("/api/v1/modules?page=1&size=5")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body("method", equalTo("GET"))
                .body("uri", equalTo("/api/v1/modules?page=1&size=5"))
                .body("forwardedFor", notNullValue());
    }

    @Test
    void passesOnAGivenRequestIdAndStreamsTheBody() {
        given().auth().oauth2(JwtTestResource.token("learner-1", "learner")).header("X-Request-Id", "req-123")
                .contentType("application/json").body("{\"storageTb\": 100}")
                .when().post("/api/v1/estimates")
                .then().statusCode(200)
                .header("X-Request-Id", equalTo("req-123"))
                .body("requestId", equalTo("req-123"))
                .body("body", equalTo("{\"storageTb\": 100}"));
    }

    @Test
    void protectedRoutesNeedAValidToken() {
        for (String token : new String[] { JwtTestResource.forgedToken("learner-1", "learner"),
                JwtTestResource.expiredToken("learner-1", "learner"),
                JwtTestResource.tokenForAudience("another-api", "learner-1", "learner"),
                JwtTestResource.unsignedToken("learner-1"), "not.a.token" }) {
            given().auth().oauth2(token).when().get("/api/v1/estimates")
                    .then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer");
        }
        given().when().get("/api/v1/estimates").then().statusCode(401);
        given().header("Authorization", "Basic dXNlcjpwYXNz").when().get("/api/v1/learners/me/progress").then().statusCode(401);
        given().auth().oauth2(JwtTestResource.token("learner-1", "learner")).when().get("/api/v1/estimates")
                .then().statusCode(200).body("uri", equalTo("/api/v1/estimates"));
    }

    /**
     * The gateway remembers each connection's last token; a client that keeps sending it on the same keep-alive
     * connection is refused all the same once the verifier would refuse it. The verifier accepts a token up to its
     * clock skew past {@code exp} (SmallRye JWT's default, 60 s), so the token here expired 58 s ago.
     */
    @Test
    void aTokenThatExpiresIsRefusedOnTheConnectionThatCarriedIt() throws Exception {
        long exp = System.currentTimeMillis() / 1000 - 58;
        String token = JwtTestResource.tokenExpiringAt(exp, "learner-1", "learner");
        // One client, HTTP/1.1: its requests share a kept-alive connection.
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                "http://localhost:" + io.restassured.RestAssured.port + "/api/v1/estimates"))
                .header("Authorization", "Bearer " + token).build();
        for (int i = 0; i < 3; i++) {
            org.junit.jupiter.api.Assertions.assertEquals(200,
                    client.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode(),
                    "within the verifier's clock skew");
        }
        while (System.currentTimeMillis() / 1000 <= exp + 61) {
            Thread.sleep(200);
        }
        org.junit.jupiter.api.Assertions.assertEquals(401,
                client.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode(),
                "past the clock skew, on the same connection");
    }

    @Test
    void publicReadsNeedNoToken() {
        given().when().get("/api/v1/modules/module-9/sections/cost-pass").then().statusCode(200);
        given().when().get("/api/v1/search?q=spot").then().statusCode(200);
        given().when().get("/api/v1/estimates/presets").then().statusCode(200);
        given().when().get("/api/v1/xapi/about").then().statusCode(200);
        given().when().get("/api/v1/xapi/statements").then().statusCode(401);
        given().when().get("/api/v1/modules/module-9/draft").then().statusCode(401);
        given().contentType("application/json").body("{}").when().post("/api/v1/modules").then().statusCode(401);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/modules/module-9", "/api/v1/search?q=cost", "/api/v1/catalogs", "/api/v1/estimates",
            "/api/v1/curriculum/modules", "/api/v1/learners/me/stories/coverage", "/api/v1/xapi/statements",
            "/api/v1/reports/modules/module-9/cohort" })
    void routesEveryResourceToItsService(String path) {
        given().auth().oauth2(JwtTestResource.token("learner-1", "learner")).when().get(path)
                .then().statusCode(200).body("uri", equalTo(path));
    }

    @Test
    void routesAWriteToItsService() {
        given().auth().oauth2(JwtTestResource.token("learner-1", "learner")).contentType("application/json").body("{}")
                .when().post("/api/v1/projections")
                .then().statusCode(200).body("method", equalTo("POST")).body("uri", equalTo("/api/v1/projections"));
    }

    @Test
    void recordsLatencyHistogramsPerRouteLabelledWithTemplatesNeverIds() {
        given().when().get("/api/v1/modules").then().statusCode(200);
        given().auth().oauth2(JwtTestResource.token("learner-4711", "learner"))
                .when().get("/api/v1/learners/learner-4711/stories").then().statusCode(200);
        given().when().get("/api/v1/learners/learner-4712/stories").then().statusCode(401);
        given().when().get("/api/v1/nowhere/4713").then().statusCode(404);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("gateway_requests_seconds_bucket{"))
                .body(containsString("route=\"content\""))
                .body(containsString("/api/v1/learners/{learner}/stories"))
                // Refusals are timed too: before forwarding (labelled with the owning service) and on the gateway's own.
                .body(matchesPattern("(?s).*gateway_requests_seconds_count\\{[^}]*path=\"/api/v1/learners/\\{learner}/stories\""
                        + "[^}]*route=\"progress\"[^}]*status=\"401\".*"))
                .body(matchesPattern("(?s).*gateway_requests_seconds_count\\{[^}]*path=\"unmatched\"[^}]*route=\"gateway\""
                        + "[^}]*status=\"404\".*"))
                .body(not(containsString("learner-4711")))
                // As a path segment: a bare "4713" can be digits of a figure (0.047134467 s was, once).
                .body(not(containsString("/4713")))
                // Timed once, by the gateway's own timers: Quarkus's per-answer HTTP server timers are off.
                .body(not(containsString("http_server_requests_seconds")));
    }

    @Test
    void answersAnUnknownRouteWithProblemJson() {
        given().when().get("/api/v1/nowhere")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"));
    }
}
