package dev.principalprep.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import dev.principalprep.localstack.testing.JwtTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = UpstreamStub.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = JwtTestResource.class, scope = TestResourceScope.GLOBAL)
class ProtectionTest {

    /** Proves the body limit on a declared length: the service never sees the request (the stub's own count). */
    @Test
    void anOversizeBodyIs413AndNeverForwarded() {
        int before = UpstreamStub.RECEIVED.size();
        given().contentType("application/json").body("{\"name\": \"" + "x".repeat(1_100_000) + "\"}")
                .when().post("/api/v1/estimates")
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413));
        org.junit.jupiter.api.Assertions.assertEquals(before, UpstreamStub.RECEIVED.size(), "never forwarded");
    }

    /** Proves the body limit on the bytes that arrive: counted as they come, refused before the service sees any. */
    @Test
    void aChunkedBodyIsCountedAsItArrivesAndRefusedPastTheLimitBeforeReachingTheService() throws Exception {
        int before = UpstreamStub.RECEIVED.size();
        java.net.http.HttpResponse<String> answer = chunked(3 * 1024 * 1024);
        org.junit.jupiter.api.Assertions.assertEquals(413, answer.statusCode());
        org.junit.jupiter.api.Assertions.assertTrue(answer.body().contains("/problems/content-too-large"), answer.body());
        org.junit.jupiter.api.Assertions.assertEquals(before, UpstreamStub.RECEIVED.size(), "never forwarded");
    }

    @Test
    void aChunkedBodyUnderTheLimitIsForwardedWhole() throws Exception {
        java.net.http.HttpResponse<String> answer = chunked(200_000);
        org.junit.jupiter.api.Assertions.assertEquals(200, answer.statusCode());
        org.junit.jupiter.api.Assertions.assertEquals(200_000 + "{\"name\": \"\"}".length(),
                new io.vertx.core.json.JsonObject(answer.body()).getString("body").length());
    }

    /** A JSON body of about {@code size} bytes sent without Content-Length, so it arrives chunked. */
    private static java.net.http.HttpResponse<String> chunked(int size) throws Exception {
        byte[] body = ("{\"name\": \"" + "x".repeat(size) + "\"}").getBytes();
        java.net.http.HttpRequest request = java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://127.0.0.1:" + io.restassured.RestAssured.port + "/api/v1/estimates"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + JwtTestResource.token("learner-1", "learner"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build();
        return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPreflightFromAConfiguredSpaOriginIsAllowed() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/api/v1/estimates")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Allow-Methods", containsString("POST"));
    }

    @Test
    void anOriginNotConfiguredGetsNoCorsHeaders() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/estimates")
                .then().header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }
}
