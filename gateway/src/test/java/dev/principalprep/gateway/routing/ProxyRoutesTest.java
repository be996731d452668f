package dev.principalprep.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = UpstreamStub.class, scope = TestResourceScope.GLOBAL)
class ProxyRoutesTest {

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
        given().header("X-Request-Id", "req-123").contentType("application/json").body("{\"storageTb\": 100}")
                .when().post("/api/v1/estimates")
                .then().statusCode(200)
                .header("X-Request-Id", equalTo("req-123"))
                .body("requestId", equalTo("req-123"))
                .body("body", equalTo("{\"storageTb\": 100}"));
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
