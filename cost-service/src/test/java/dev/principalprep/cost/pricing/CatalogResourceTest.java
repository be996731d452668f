package dev.principalprep.cost.pricing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import dev.principalprep.localstack.testing.KafkaTestResource;
import dev.principalprep.localstack.testing.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "cost"))
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class CatalogResourceTest {

    @Test
    void listsTheModuleRulesOfThumb() {
        given().when().get("/api/v1/catalogs")
                .then().statusCode(200)
                .body("find { it.name == 'module-9' }.version", equalTo(1))
                .body("find { it.name == 'module-9' }.rates.key",
                        hasItems("storage.hot", "compute.batch", "streaming.retained", "serving.scanned", "discount.spot"))
                .body("find { it.name == 'module-9' }.rates.find { it.key == 'compute.batch' }.low", equalTo(0.5f))
                .body("find { it.name == 'module-9' }.rates.find { it.key == 'compute.batch' }.high", equalTo(2.0f))
                .body("find { it.name == 'module-9' }.rates.find { it.key == 'storage.hot' }.unit", equalTo("TB-month"));
    }

    @Test
    void reportsHealthWithItsDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Reactive PostgreSQL connections health check", "Kafka connection health check"));
    }
}
