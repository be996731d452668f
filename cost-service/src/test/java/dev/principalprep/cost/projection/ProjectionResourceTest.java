package dev.principalprep.cost.projection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.principalprep.cost.support.CostServiceTest;
import dev.principalprep.localstack.testing.JwtTestResource;
import io.restassured.http.ContentType;

@CostServiceTest
class ProjectionResourceTest {

    private static final String TWO_YEARS = """
            {"initialTb": 100, "ingestTbPerMonth": 10, "growth": {"percent": 5, "per": "MONTH"}, "retentionMonths": 12,
             "months": 24, "traffic": {"averageQps": 10000, "peakQps": 30000}, "scansPerMonth": 4,
             "mbScannedPerQuery": 0.4, "streamingRetentionDays": 7}""";

    @Test
    void projectsMonthByMonthWithRetention() {
        given().auth().oauth2(JwtTestResource.token("learner-projection", "learner")).contentType(ContentType.JSON)
                .body(TWO_YEARS)
                .when().post("/api/v1/projections")
                .then().statusCode(200)
                .body("months", hasSize(24))
                .body("months[0].storedTb", equalTo(110))
                .body("months[11].retentionCapped", equalTo(false))
                .body("months[12].retentionCapped", equalTo(true))
                // 110 TB at $23, 440 TB scanned at $0.50–2.00, 2,333.33 GB retained at $0.10, 10,368 TB queried at $1
                .body("months[0].costLow", equalTo(13351.33f))
                .body("months[0].costHigh", equalTo(14011.33f))
                .body("catalog", equalTo("module-9"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            61 months           | "months": 24             | "months": 61              | 400 | months
            growth below -100%  | "percent": 5             | "percent": -101           | 400 | growth.percent
            no months           | "months": 24,            | ''                        | 400 | months
            unknown catalog     | "months": 24             | "months": 24, "catalog": {"name": "nowhere"} | 422 | catalog
            growth past limits  | "percent": 5             | "percent": 1000           | 422 | growth
            """)
    void badProjectionsNameTheirField(String description, String from, String to, int status, String field) {
        given().auth().oauth2(JwtTestResource.token("learner-projection", "learner")).contentType(ContentType.JSON)
                .body(TWO_YEARS.replace(from, to))
                .when().post("/api/v1/projections")
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }

    @Test
    void needsAToken() {
        given().contentType(ContentType.JSON).body(TWO_YEARS).when().post("/api/v1/projections").then().statusCode(401);
    }
}
