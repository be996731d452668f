package dev.principalprep.cost.estimate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.principalprep.cost.support.CostServiceTest;
import dev.principalprep.cost.support.Estimates;
import dev.principalprep.localstack.testing.JwtTestResource;
import io.restassured.http.ContentType;

@CostServiceTest
class EstimateResourceTest {

    @Test
    void theModuleExamplePresetReproducesTheTableToTheCent() {
        String token = JwtTestResource.token("learner-a", "learner");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"preset\": \"module-9-example\"}")
                .when().post("/api/v1/estimates")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/estimates/"))
                .body("result.catalog", equalTo("module-9"))
                .body("result.lines.find { it.component == 'STORAGE' }.monthlyLow", equalTo(2300.00f))
                .body("result.lines.find { it.component == 'COMPUTE' }.monthlyLow", equalTo(5000.00f))
                .body("result.lines.find { it.component == 'COMPUTE' }.monthlyHigh", equalTo(20000.00f))
                .body("result.lines.find { it.component == 'STREAMING' }.monthlyLow", equalTo(10000.00f))
                .body("result.lines.find { it.component == 'SERVING' }.monthlyHigh", equalTo(10000.00f))
                .body("result.totalLow", equalTo(27300.00f))
                .body("result.totalHigh", equalTo(42300.00f))
                .body("result.dominantComponent", equalTo("COMPUTE"))
                .body("result.lines.find { it.component == 'COMPUTE' }.rate.source",
                        equalTo("Module 9, Quick Cost Calculations"))
                .body("result.sanityFigures.find { it.name == 'scannedPerQuery' }.value", equalTo(385.8f));
    }

    /** Behind the gateway, Location names the gateway's public address, which the gateway forwards. */
    @Test
    void theLocationOfANewEstimateIsThePublicAddressTheGatewayForwards() {
        String token = JwtTestResource.token("learner-a", "learner");
        var created = given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"preset\": \"module-9-example\"}")
                .header("X-Forwarded-Host", "api.principalprep.dev").header("X-Forwarded-Proto", "https")
                .when().post("/api/v1/estimates")
                .then().statusCode(201).extract();
        assertEquals("https://api.principalprep.dev/api/v1/estimates/" + created.path("id"), created.header("Location"));
    }

    @Test
    void aPresetTakesOverrides() {
        String token = JwtTestResource.token("learner-a", "learner");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(EstimateExamples.PRESET_OVERRIDE)
                .when().post("/api/v1/estimates")
                .then().statusCode(201)
                .body("name", equalTo("Module example with half the queries"))
                .body("result.lines.find { it.component == 'SERVING' }.monthlyLow", equalTo(5000.00f))
                .body("result.totalLow", equalTo(22300.00f));
    }

    @Test
    void listPricesPriceTiersAndQueriesFromQps() {
        String token = JwtTestResource.token("learner-a", "learner");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(EstimateExamples.OWN_WORKLOAD)
                .when().post("/api/v1/estimates")
                .then().statusCode(201)
                .body("result.catalog", equalTo("aws-list-2026"))
                // 20 TB × $23 + 30 TB × $12.50 + 50 TB × $4 = $1,035
                .body("result.lines.findAll { it.component == 'STORAGE' }.monthlyLow",
                        org.hamcrest.Matchers.contains(460.00f, 375.00f, 200.00f))
                // 200 QPS × 50 MB × 2,592,000 s = 25,920 TB at $5 = $129,600
                .body("result.lines.find { it.component == 'SERVING' }.monthlyLow", equalTo(129600.00f))
                .body("result.dominantComponent", equalTo("SERVING"));
    }

    @Test
    void anotherLearnersEstimateIsNotFoundAndNotListed() {
        String id = Estimates.create(JwtTestResource.token("owner-1", "learner"), "{\"preset\": \"module-9-example\"}");
        String intruder = JwtTestResource.token("intruder-1", "learner");

        given().auth().oauth2(intruder).when().get("/api/v1/estimates/" + id)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body(not(containsString("27300")));
        given().auth().oauth2(intruder).when().get("/api/v1/estimates")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(JwtTestResource.token("owner-1", "learner")).when().get("/api/v1/estimates")
                .then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void comparesTwoEstimatesPerComponent() {
        String token = JwtTestResource.token("learner-diff", "learner");
        String base = Estimates.create(token, "{\"preset\": \"module-9-example\"}");
        String other = Estimates.create(token, EstimateExamples.PRESET_OVERRIDE);

        given().auth().oauth2(token).queryParam("against", other)
                .when().get("/api/v1/estimates/" + base + "/diff")
                .then().statusCode(200)
                .body("components.find { it.component == 'SERVING' }.deltaLow", equalTo(-5000.00f))
                .body("components.find { it.component == 'STORAGE' }.deltaLow", equalTo(0.00f))
                .body("total.deltaHigh", equalTo(-5000.00f));
        given().auth().oauth2(JwtTestResource.token("someone-else", "learner")).queryParam("against", other)
                .when().get("/api/v1/estimates/" + base + "/diff")
                .then().statusCode(404);
    }

    @Test
    void exportsMarkdownAndCsvWithRatesSourcesAndDates() {
        String token = JwtTestResource.token("learner-export", "learner");
        String id = Estimates.create(token, "{\"name\": \"Lake | v1\", \"preset\": \"module-9-example\"}");

        given().auth().oauth2(token).accept("text/markdown").when().get("/api/v1/estimates/" + id)
                .then().statusCode(200)
                .contentType(startsWith("text/markdown"))
                .header("Content-Disposition", equalTo("inline; filename=\"estimate-" + id + ".md\""))
                .body(containsString("### Lake \\| v1: monthly cost (module-9 v1)"))
                .body(containsString("| Batch compute | 10,000 TB processed | $0.50–$2.00 per TB processed "
                        + "(Compute (Spark), 2026-01-01) | $5,000.00 | $20,000.00 |"))
                .body(containsString("| **Total** | | | **$27,300.00** | **$42,300.00** |"))
                .body(containsString("#### Derived quantities"))
                .body(containsString("- tbProcessedPerMonth: 10,000 TB = 100 full scans a month × 100 TB stored"))
                .body(containsString("#### Sources"))
                .body(containsString("| Compute (Spark) (module-9 v1 compute.batch) | $0.50–$2.00 per TB processed | "
                        + "Module 9, Quick Cost Calculations | 2026-01-01 |"));
        String csvHeader = "component,item,quantity,unit,rate_low,rate_high,rate_unit,rate_source,rate_effective_date,"
                + "monthly_low,monthly_high\r\n";
        given().auth().oauth2(token).accept("text/csv").when().get("/api/v1/estimates/" + id)
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"estimate-" + id + ".csv\""))
                .body(startsWith(csvHeader))
                .body(containsString("STREAMING,Streaming retention,100000,GB-month,0.100000,0.100000,GB-month,"
                        + "\"Module 9, Quick Cost Calculations\",2026-01-01,10000.00,10000.00\r\n"))
                .body(containsString("TOTAL,,,,,,,,,27300.00,42300.00"));
        // ?format= wins over Accept, for links a browser follows.
        given().auth().oauth2(token).accept("application/json").queryParam("format", "csv")
                .when().get("/api/v1/estimates/" + id)
                .then().statusCode(200).contentType(startsWith("text/csv")).body(startsWith(csvHeader));
        given().auth().oauth2(token).accept("text/csv").queryParam("format", "json")
                .when().get("/api/v1/estimates/" + id)
                .then().statusCode(200).contentType(startsWith("application/json"))
                .body("result.lines[0].rate.effectiveDate", equalTo("2026-01-01"));
        given().auth().oauth2(token).queryParam("format", "markdown").when().get("/api/v1/estimates/" + id)
                .then().statusCode(200).contentType(startsWith("text/markdown"));
        given().auth().oauth2(token).queryParam("format", "xml").when().get("/api/v1/estimates/" + id)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token).accept("image/png").when().get("/api/v1/estimates/" + id)
                .then().statusCode(406);
    }

    @Test
    void listsPresetsWithoutLogin() {
        given().when().get("/api/v1/estimates/presets")
                .then().statusCode(200)
                .body("id", hasItem("module-9-example"))
                .body("find { it.id == 'module-9-example' }.workload.storage.totalTb", equalTo(100));
    }

    @Test
    void presetsAnswer304WhileTheEtagIsCurrent() {
        String etag = given().when().get("/api/v1/estimates/presets").then().statusCode(200)
                .header("Cache-Control", "public, max-age=60, must-revalidate").extract().header("ETag");
        assertTrue(etag.matches("\"[A-Za-z0-9_-]{27}\""), etag);
        given().header("If-None-Match", etag).when().get("/api/v1/estimates/presets").then().statusCode(304)
                .header("ETag", etag);
        given().header("If-None-Match", "\"other\"").when().get("/api/v1/estimates/presets").then().statusCode(200);
    }

    @Test
    void theListLinksItsPagesInALinkHeader() {
        String token = JwtTestResource.token("owner-" + UUID.randomUUID(), "learner");
        for (int i = 0; i < 3; i++) {
            Estimates.create(token, "{\"preset\": \"module-9-example\"}");
        }
        String link = given().auth().oauth2(token).queryParam("size", 1).queryParam("page", 1)
                .when().get("/api/v1/estimates").then().statusCode(200).body("total", equalTo(3))
                .extract().header("Link");
        assertTrue(link.matches("<http://[^>]+/api/v1/estimates\\?size=1&page=0>; rel=\"first\", "
                + "<http://[^>]+/api/v1/estimates\\?size=1&page=0>; rel=\"prev\", "
                + "<http://[^>]+/api/v1/estimates\\?size=1&page=2>; rel=\"next\", "
                + "<http://[^>]+/api/v1/estimates\\?size=1&page=2>; rel=\"last\""), link);
    }

    @Test
    void anUnknownIdIsNotFound() {
        given().auth().oauth2(JwtTestResource.token("learner-a", "learner"))
                .when().get("/api/v1/estimates/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }
}
