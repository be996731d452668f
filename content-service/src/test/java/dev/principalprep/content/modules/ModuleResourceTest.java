package dev.principalprep.content.modules;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import dev.principalprep.localstack.testing.KafkaTestResource;
import dev.principalprep.localstack.testing.MongoTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = MongoTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class ModuleResourceTest {

    @Test
    void listsTheSeededModule() {
        given().when().get("/api/v1/modules")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo("module-9"))
                .body("items[0].title", equalTo("Career & Interview Strategy"))
                .body("items[0].estimatedHours.min", equalTo(10))
                .body("items[0].estimatedHours.max", equalTo(12));
    }

    @Test
    void rejectsAPageSizeOverTheLimitAsProblemJson() {
        given().queryParam("size", 101).when().get("/api/v1/modules")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", hasItem("size"));
    }

    @Test
    void reportsHealthWithItsStores() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("MongoDB connection health check", "Kafka connection health check"));
    }

    @Test
    void servesItsOpenApiContract() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/modules'.get.operationId", equalTo("listModules"));
    }
}
