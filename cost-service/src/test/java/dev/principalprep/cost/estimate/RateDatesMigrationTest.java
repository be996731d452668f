package dev.principalprep.cost.estimate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.principalprep.cost.support.CostServiceTest;
import dev.principalprep.localstack.testing.JwtTestResource;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** An estimate saved before rates carried their dates reads, after migration V3, with its rates' dates. */
@CostServiceTest
class RateDatesMigrationTest {

    private static final String OLD_WORKLOAD = """
            {"storage": {"totalTb": 100, "hotTb": null, "warmTb": null, "coldTb": null, "archiveTb": null},
             "processing": null, "streaming": null, "serving": null, "traffic": null}""";
    private static final String OLD_RESULT = """
            {"catalog": "module-9", "catalogVersion": 1,
             "lines": [{"component": "STORAGE", "item": "Storage (hot)", "quantity": 100, "unit": "TB-month",
                        "rate": {"key": "storage.hot", "label": "Storage (S3)", "component": "STORAGE",
                                 "unit": "TB-month", "low": 23.0, "high": 23.0, "basis": "RULE_OF_THUMB",
                                 "source": "Module 9, Quick Cost Calculations", "catalog": "module-9",
                                 "catalogVersion": 1},
                        "formula": "100 TB-month × $23.00 per TB-month", "monthlyLow": 2300.00,
                        "monthlyHigh": 2300.00, "assumptions": ["TB stored, all in the hot tier"]}],
             "totalLow": 2300.00, "totalHigh": 2300.00, "dominantComponent": "STORAGE", "sanityFigures": [],
             "assumptions": ["Monthly figures; 1 TB = 1,000 GB; a month is 30 days."]}""";

    @Inject
    Pool database;

    @Test
    void anOldEstimatesLinesGetTheirRatesEffectiveDates() throws IOException {
        UUID id = UUID.randomUUID();
        database.preparedQuery("insert into estimate (id, owner, name, catalog_id, workload, result, total_low, "
                + "total_high) select $1, $2, 'Saved before dates', c.id, $3, $4, 2300, 2300 from price_catalog c "
                + "where c.name = 'module-9' and c.version = 1")
                .execute(Tuple.of(id, "learner-before-dates", OLD_WORKLOAD, OLD_RESULT)).await().indefinitely();

        database.query(backfill()).execute().await().indefinitely();

        given().auth().oauth2(JwtTestResource.token("learner-before-dates", "learner"))
                .when().get("/api/v1/estimates/" + id)
                .then().statusCode(200)
                .body("result.lines[0].rate.effectiveDate", equalTo("2026-01-01"))
                .body("result.lines[0].rate.source", equalTo("Module 9, Quick Cost Calculations"))
                .body("result.notPriced.size()", equalTo(0))
                .body("result.totalLow", equalTo(2300.00f));
    }

    /** The migration's own statement for saved estimates, run again on the row written above. */
    private static String backfill() throws IOException {
        try (InputStream in = RateDatesMigrationTest.class
                .getResourceAsStream("/db/migration/V3__rate_dates_and_list_price_compute.sql")) {
            String migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return migration.substring(migration.indexOf("update estimate e")).strip().replaceAll(";$", "");
        }
    }
}
