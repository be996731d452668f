package dev.principalprep.cost.estimate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import dev.principalprep.cost.support.CostServiceTest;
import dev.principalprep.cost.support.Estimates;
import dev.principalprep.localstack.testing.JwtTestResource;
import io.restassured.http.ContentType;

/** Estimates from a candidate's own numbers: derived quantities, components not priced, overrides that carry. */
@CostServiceTest
class EstimateDerivationTest {

    private static final String TOKEN = JwtTestResource.token("learner-derive", "learner");

    @Test
    void ownNumbersPriceWhatTheyCanAndListWhatTheyCannot() {
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON)
                .body("{\"workload\":{\"storage\":{\"totalTb\":500},\"traffic\":{\"averageQps\":50000,\"peakQps\":50000}}}")
                .when().post("/api/v1/estimates")
                .then().statusCode(201)
                .body("result.lines.component", equalTo(java.util.List.of("STORAGE")))
                .body("result.totalLow", equalTo(11500.00f))
                .body("result.notPriced.component", equalTo(java.util.List.of("COMPUTE", "STREAMING", "SERVING")))
                .body("result.notPriced.find { it.component == 'SERVING' }.inputs",
                        hasItems("serving.mbScannedPerQuery"))
                .body("result.notPriced.find { it.component == 'SERVING' }.reason",
                        containsString("129,600,000,000 queries a month"));
    }

    @Test
    void overridingThePresetsStorageRecomputesWhatDependsOnIt() {
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON)
                .body("{\"preset\": \"module-9-example\", \"workload\": {\"storage\": {\"totalTb\": 500}}}")
                .when().post("/api/v1/estimates")
                .then().statusCode(201)
                .body("result.lines.find { it.component == 'COMPUTE' }.quantity", equalTo(50000))
                .body("result.lines.find { it.component == 'STREAMING' }.quantity", equalTo(500000))
                .body("result.lines.find { it.component == 'SERVING' }.quantity", equalTo(10000))
                // 11,500 + 25,000–100,000 + 50,000 + 10,000
                .body("result.totalLow", equalTo(96500.00f))
                .body("result.totalHigh", equalTo(171500.00f))
                .body("result.derivedQuantities.find { it.name == 'tbProcessedPerMonth' }.derivation",
                        equalTo("100 full scans a month × 500 TB stored"));
    }

    @Test
    void listPricesCoverTheWholePassWithComputeInInstanceHours() {
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON)
                .body("{\"preset\": \"module-9-example\", \"catalog\": {\"name\": \"aws-list-2026\"}}")
                .when().post("/api/v1/estimates")
                .then().statusCode(201)
                .body("result.catalogVersion", equalTo(2))
                .body("result.notPriced.size()", equalTo(0))
                .body("result.lines.find { it.component == 'COMPUTE' }.monthlyLow", equalTo(4800.00f))
                .body("result.lines.find { it.component == 'COMPUTE' }.monthlyHigh", equalTo(19200.00f))
                .body("result.lines.find { it.component == 'COMPUTE' }.rate.instanceHours.instanceType",
                        equalTo("m5.xlarge"))
                .body("result.lines.find { it.component == 'COMPUTE' }.rate.basis", equalTo("DERIVED"))
                .body("result.lines.find { it.component == 'COMPUTE' }.assumptions[2]", equalTo(
                        "10,000 TB processed at 0.125–0.5 TB per instance-hour is 20,000–80,000 m5.xlarge "
                                + "instance-hours at $0.24 per instance-hour"))
                .body("result.lines.find { it.component == 'STORAGE' }.rate.effectiveDate", equalTo("2026-03-01"));
    }

    @Test
    void aDiffNamesComponentsPricedOnOneSideOnly() {
        String base = Estimates.create(TOKEN, "{\"preset\": \"module-9-example\"}");
        String other = Estimates.create(TOKEN, "{\"workload\": {\"storage\": {\"totalTb\": 100}}}");

        given().auth().oauth2(TOKEN).queryParam("against", other)
                .when().get("/api/v1/estimates/" + base + "/diff")
                .then().statusCode(200)
                .body("components.find { it.component == 'STORAGE' }.presence", equalTo("BOTH"))
                .body("components.find { it.component == 'COMPUTE' }.presence", equalTo("BASE_ONLY"))
                .body("components.find { it.component == 'COMPUTE' }.deltaHigh", equalTo(-20000.00f))
                .body("notes[0]", equalTo("COMPUTE is priced only in the base estimate: its change is that whole "
                        + "line, not a saving or a cost. The other estimate lists it as not priced: no TB processed "
                        + "per month and no scans per month (give processing.tbProcessedPerMonth or "
                        + "processing.scansPerMonth)."))
                .body("notes.size()", equalTo(3));
        given().auth().oauth2(TOKEN).queryParam("against", base)
                .when().get("/api/v1/estimates/" + other + "/diff")
                .then().statusCode(200)
                .body("components.find { it.component == 'SERVING' }.presence", equalTo("OTHER_ONLY"));
    }

    @Test
    void theOwnerRenamesAndDeletesAnEstimate() {
        String id = Estimates.create(TOKEN, "{\"preset\": \"module-9-example\"}");
        String intruder = JwtTestResource.token("intruder-rename", "learner");

        given().auth().oauth2(intruder).contentType(ContentType.JSON).body("{\"name\": \"mine now\"}")
                .when().patch("/api/v1/estimates/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(intruder).when().delete("/api/v1/estimates/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body("{\"name\": \"  \"}")
                .when().patch("/api/v1/estimates/" + id)
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItems("name"));

        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body("{\"name\": \" Second pass \"}")
                .when().patch("/api/v1/estimates/" + id)
                .then().statusCode(200).body("name", equalTo("Second pass")).body("result.totalLow", equalTo(27300.00f));
        given().auth().oauth2(TOKEN).when().get("/api/v1/estimates/" + id)
                .then().statusCode(200).body("name", equalTo("Second pass"));

        given().auth().oauth2(TOKEN).when().delete("/api/v1/estimates/" + id).then().statusCode(204);
        given().auth().oauth2(TOKEN).when().get("/api/v1/estimates/" + id).then().statusCode(404);
        given().auth().oauth2(TOKEN).when().delete("/api/v1/estimates/" + id).then().statusCode(404);
        given().auth().oauth2(TOKEN).when().get("/api/v1/estimates").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }", nullValue());
    }
}
