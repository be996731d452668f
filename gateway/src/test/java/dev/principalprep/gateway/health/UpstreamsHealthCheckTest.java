package dev.principalprep.gateway.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import dev.principalprep.gateway.routing.UpstreamStub;
import dev.principalprep.localstack.testing.JwtTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = UpstreamStub.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = JwtTestResource.class, scope = TestResourceScope.GLOBAL)
class UpstreamsHealthCheckTest {

    @Test
    void healthShowsEachUpstreamAndStaysUpWhenOneIsDown() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.content", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.cost", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.down", equalTo("DOWN (not answering)"));
    }

}
