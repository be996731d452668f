package dev.principalprep.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.principalprep.localstack.testing.JwtTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** What every request meets first: its path checked before routing, its token's times, the methods a path answers. */
@QuarkusTest
@WithTestResource(value = UpstreamStub.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = JwtTestResource.class, scope = TestResourceScope.GLOBAL)
class EdgeTest {

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/curriculum/../learners/learner-2/progress",
            "/api/v1/curriculum/%2e%2e/learners/learner-2/progress", "/api/v1/curriculum/./modules",
            "/api/v1//learners/learner-2/progress", "/api/v1/curriculum;jsessionid=x/../learners/learner-2",
            "/api/v1/modules/a%00b" })
    void aPathThatCouldMeanAnotherIsRefusedBeforeAnyRoutingOrPublicDecision(String path) throws Exception {
        int before = UpstreamStub.RECEIVED.size();
        String answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        assertTrue(answer.contains("application/problem+json") && answer.contains("/problems/invalid-input"), answer);
        assertTrue(UpstreamStub.RECEIVED.size() == before, "nothing forwarded for " + path);
    }

    @Test
    void aTokenIssuedInTheFutureOrValidForYearsIsRefused() {
        for (String token : new String[] { JwtTestResource.tokenIssuedInTheFuture("learner-1", "learner"),
                JwtTestResource.tokenValidForTenYears("learner-1", "learner") }) {
            given().auth().oauth2(token).when().get("/api/v1/estimates")
                    .then().statusCode(401).contentType("application/problem+json")
                    .body("type", equalTo("/problems/unauthorized"));
            given().auth().oauth2(token).when().get("/api/v1/me/dashboard").then().statusCode(401);
        }
    }

    @Test
    void aMethodAPathDoesNotAnswerIs405WithAllow() {
        given().auth().oauth2(JwtTestResource.token("learner-1", "learner")).contentType("application/json").body("{}")
                .when().put("/api/v1/estimates")
                .then().statusCode(405).contentType("application/problem+json")
                .header("Allow", containsString("POST"))
                .body("type", equalTo("/problems/method-not-allowed"))
                .body("instance", equalTo("/api/v1/estimates"));
    }

    @Test
    void everyProblemTypeResolvesToItsPage() {
        String type = given().when().get("/api/v1/estimates").then().statusCode(401).extract().path("type");
        given().when().get(type).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("401 Unauthorized"));
        given().when().get("/problems").then().statusCode(200).body(containsString("/problems/invalid-input"));
        given().when().get("/problems/nothing-like-this").then().statusCode(404).contentType("application/problem+json");
    }

    private static String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            StringBuilder answer = new StringBuilder();
            BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                answer.append(line).append('\n');
            }
            return answer.toString();
        }
    }
}
