package dev.principalprep.cost.pricing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.principalprep.cost.support.CostServiceTest;
import dev.principalprep.localstack.testing.JwtTestResource;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

@CostServiceTest
class CatalogResourceTest {

    @Inject
    Pool pool;

    private static final String NEW_VERSION = """
            {"name": "%s", "description": "storage at a new rate",
             "rates": [
               {"key": "storage.hot", "label": "Storage (S3)", "component": "STORAGE", "unit": "TB-month",
                "low": 20, "high": 20, "basis": "RULE_OF_THUMB", "source": "revised", "effectiveDate": "2027-01-01"},
               {"key": "compute.batch", "label": "Compute (Spark)", "component": "COMPUTE", "unit": "TB processed",
                "low": 0.5, "high": 2, "basis": "RULE_OF_THUMB", "source": "revised", "effectiveDate": "2027-01-01"}]}""";

    @Test
    void theCatalogsAnswer304WhileTheEtagIsCurrent() {
        String etag = given().when().get("/api/v1/catalogs").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", "W/" + etag).when().get("/api/v1/catalogs").then().statusCode(304);
        given().header("If-None-Match", "\"stale\"").when().get("/api/v1/catalogs").then().statusCode(200)
                .header("ETag", etag);
    }

    @Test
    void listsTheModuleRulesOfThumbAndTheListPrices() {
        given().when().get("/api/v1/catalogs")
                .then().statusCode(200)
                .body("find { it.name == 'module-9' && it.version == 1 }.rates.key",
                        hasItems("storage.hot", "compute.batch", "streaming.retained", "serving.scanned", "discount.spot"))
                .body("find { it.name == 'module-9' && it.version == 1 }.rates.find { it.key == 'compute.batch' }.low",
                        equalTo(0.5f))
                .body("find { it.name == 'module-9' && it.version == 1 }.rates.find { it.key == 'compute.batch' }.high",
                        equalTo(2.0f))
                .body("find { it.name == 'aws-list-2026' }.rates.find { it.key == 'storage.archive' }.low", equalTo(0.99f))
                .body("find { it.name == 'aws-list-2026' }.rates.find { it.key == 'serving.scanned' }.basis",
                        equalTo("LIST_PRICE"));
    }

    @Test
    void listPricesV2PriceComputeFromInstanceHoursAndSaySoWhereTheReferenceIsSilent() {
        given().when().get("/api/v1/catalogs")
                .then().statusCode(200)
                .body("find { it.name == 'aws-list-2026' && it.version == 2 }.rates.key", hasItems("storage.hot",
                        "storage.warm", "storage.cold", "storage.archive", "compute.batch", "streaming.retained",
                        "serving.scanned", "discount.spot", "discount.commitment-3y"))
                .body("find { it.name == 'aws-list-2026' && it.version == 2 }.rates.find { it.key == 'compute.batch' }"
                        + ".instanceHours.hourly", equalTo(0.24f))
                .body("find { it.name == 'aws-list-2026' && it.version == 2 }.rates.find { it.key == 'compute.batch' }"
                        + ".basis", equalTo("DERIVED"))
                .body("find { it.name == 'aws-list-2026' && it.version == 2 }.rates.find { it.key == 'compute.batch' }"
                        + ".source", containsString("not in shared/reference/list-prices.md"))
                .body("find { it.name == 'aws-list-2026' && it.version == 1 }.rates.find { it.key == 'compute.batch' }",
                        nullValue());
    }

    @Test
    void aComputeRateFromInstanceHoursMustBeTheHourlyPriceOverTheThroughput() {
        String admin = JwtTestResource.token("admin-1", "ld-admin");
        String rate = """
                {"name": "instances-%s", "description": "compute from instance-hours",
                 "rates": [{"key": "%s", "label": "EMR on m5.xlarge", "component": "COMPUTE", "unit": "TB processed",
                            "low": %s, "high": 1.92, "basis": "DERIVED", "source": "AWS EC2 and EMR pricing pages",
                            "effectiveDate": "2026-03-01",
                            "instanceHours": {"instanceType": "m5.xlarge", "hourly": 0.24, "tbPerHourLow": 0.125,
                                              "tbPerHourHigh": 0.5}}]}""";
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(rate.formatted(System.nanoTime(), "compute.batch", "0.48"))
                .when().post("/api/v1/catalogs").then().statusCode(201)
                .body("rates[0].instanceHours.instanceType", equalTo("m5.xlarge"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(rate.formatted(System.nanoTime(), "compute.batch", "0.40"))
                .when().post("/api/v1/catalogs").then().statusCode(422)
                .contentType("application/problem+json").body("violations.field", hasItem("rates[0].low"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(rate.formatted(System.nanoTime(), "storage.hot", "0.48"))
                .when().post("/api/v1/catalogs").then().statusCode(422)
                .body("violations.field", hasItem("rates[0].instanceHours"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(rate.formatted(System.nanoTime(), "compute.batch", "0.48").replace("\"tbPerHourHigh\": 0.5",
                        "\"tbPerHourHigh\": 0.1"))
                .when().post("/api/v1/catalogs").then().statusCode(422)
                .body("violations.field", hasItem("rates[0].instanceHours.tbPerHourHigh"));
    }

    @Test
    void aNewVersionLeavesOldEstimatesAsTheyWere() {
        String learner = JwtTestResource.token("learner-versions", "learner");
        String admin = JwtTestResource.token("admin-1", "ld-admin");
        String catalog = "versioned-" + System.nanoTime();
        String first = NEW_VERSION.formatted(catalog).replace("\"low\": 20, \"high\": 20", "\"low\": 23, \"high\": 23");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(first)
                .when().post("/api/v1/catalogs").then().statusCode(201).body("version", equalTo(1));
        String old = given().auth().oauth2(learner).contentType(ContentType.JSON)
                .body("{\"catalog\": {\"name\": \"" + catalog + "\"}, \"workload\": {\"storage\": {\"totalTb\": 100}}}")
                .when().post("/api/v1/estimates").then().statusCode(201)
                .body("result.totalLow", equalTo(2300.00f)).extract().path("id");

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(NEW_VERSION.formatted(catalog))
                .when().post("/api/v1/catalogs").then().statusCode(201).body("version", equalTo(2));

        given().auth().oauth2(learner).when().get("/api/v1/estimates/" + old)
                .then().statusCode(200)
                .body("result.catalogVersion", equalTo(1))
                .body("result.totalLow", equalTo(2300.00f));
        given().auth().oauth2(learner).contentType(ContentType.JSON)
                .body("{\"catalog\": {\"name\": \"" + catalog + "\"}, \"workload\": {\"storage\": {\"totalTb\": 100}}}")
                .when().post("/api/v1/estimates").then().statusCode(201)
                .body("result.catalogVersion", equalTo(2))
                .body("result.totalLow", equalTo(2000.00f));
        given().auth().oauth2(learner).contentType(ContentType.JSON)
                .body("{\"catalog\": {\"name\": \"" + catalog
                        + "\", \"version\": 1}, \"workload\": {\"storage\": {\"totalTb\": 100}}}")
                .when().post("/api/v1/estimates").then().statusCode(201)
                .body("result.totalLow", equalTo(2300.00f));
    }

    /**
     * Proves a catalog version is read from the database once: its stored rate is changed behind the service's back
     * (which nothing in the service ever does) and the next estimate on that version still prices at the rate read
     * first, to the cent. Without the catalog versions in memory it would price at the changed rate.
     */
    @Test
    void aCatalogVersionIsReadOnceAndPricesEveryLaterEstimateAlike() {
        String learner = JwtTestResource.token("learner-read-once", "learner");
        String catalog = "read-once-" + System.nanoTime();
        given().auth().oauth2(JwtTestResource.token("admin-1", "ld-admin")).contentType(ContentType.JSON)
                .body(NEW_VERSION.formatted(catalog)).when().post("/api/v1/catalogs").then().statusCode(201);
        String pinned = "{\"catalog\": {\"name\": \"" + catalog + "\", \"version\": 1},"
                + " \"workload\": {\"storage\": {\"totalTb\": 100.5}, \"processing\": {\"tbProcessedPerMonth\": 3.3}}}";
        Map<String, Object> first = given().auth().oauth2(learner).contentType(ContentType.JSON).body(pinned)
                .when().post("/api/v1/estimates").then().statusCode(201)
                .body("result.totalLow", equalTo(2011.65f)).extract().path("result");

        pool.preparedQuery("update price_rate set low = 99, high = 99 where rate_key = 'storage.hot'"
                + " and catalog_id = (select id from price_catalog where name = $1)").execute(Tuple.of(catalog))
                .await().indefinitely();

        Map<String, Object> second = given().auth().oauth2(learner).contentType(ContentType.JSON).body(pinned)
                .when().post("/api/v1/estimates").then().statusCode(201).extract().path("result");
        assertEquals(first, second);
    }

    @Test
    void onlyAnAdminAddsVersions() {
        given().auth().oauth2(JwtTestResource.token("learner-x", "learner")).contentType(ContentType.JSON)
                .body(NEW_VERSION.formatted("module-9"))
                .when().post("/api/v1/catalogs").then().statusCode(403);
        given().contentType(ContentType.JSON).body(NEW_VERSION.formatted("module-9"))
                .when().post("/api/v1/catalogs").then().statusCode(401);
    }

    @Test
    void badCatalogsAreRefusedWithTheirField() {
        String admin = JwtTestResource.token("admin-1", "ld-admin");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(NEW_VERSION.formatted("bad-keys").replace("storage.hot", "storage.lukewarm"))
                .when().post("/api/v1/catalogs").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("rates[0].key"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(NEW_VERSION.formatted("bad-range").replace("\"low\": 20, \"high\": 20", "\"low\": 20, \"high\": 10"))
                .when().post("/api/v1/catalogs").then().statusCode(422)
                .body("violations.field", hasItem("rates[0].high"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(NEW_VERSION.formatted("twice").replace("compute.batch", "storage.hot"))
                .when().post("/api/v1/catalogs").then().statusCode(422)
                .body("violations.field", hasItem("rates[1].key"));
        given().when().get("/api/v1/catalogs").then().statusCode(200)
                .body("name", org.hamcrest.Matchers.not(hasItems("bad-keys")))
                .body("name", org.hamcrest.Matchers.not(hasItem("bad-range")))
                .body("name", org.hamcrest.Matchers.not(hasItem("twice")));
    }

    @Test
    void reportsReadinessWithItsDatabaseAndItsOutboxNotTheBroker() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Reactive PostgreSQL connections health check", "outbox"))
                .body("checks.name", org.hamcrest.Matchers.not(hasItem("Kafka connection health check")));
    }
}
