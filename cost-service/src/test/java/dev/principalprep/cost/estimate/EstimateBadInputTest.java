package dev.principalprep.cost.estimate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.principalprep.cost.support.CostServiceTest;
import dev.principalprep.localstack.testing.JwtTestResource;
import io.restassured.http.ContentType;

/** Every documented bad input gets a 4xx problem+json naming the field, and stores nothing. */
@CostServiceTest
class EstimateBadInputTest {

    private static final String LEARNER = "learner-bad-input";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            negative storage           | {"workload": {"storage": {"totalTb": -1}}}                        | 400 | workload.storage.totalTb
            absurd storage             | {"workload": {"storage": {"totalTb": 1000001}}}                   | 400 | workload.storage.totalTb
            negative QPS               | {"workload": {"traffic": {"averageQps": -5}}}                     | 400 | workload.traffic.averageQps
            absurd streaming           | {"workload": {"streaming": {"gbPerMonth": 1e12}}}                 | 400 | workload.streaming.gbPerMonth
            unknown preset             | {"preset": "module-10-example"}                                   | 422 | preset
            unknown catalog            | {"preset": "module-9-example", "catalog": {"name": "nowhere"}}    | 422 | catalog
            unknown catalog version    | {"preset": "module-9-example", "catalog": {"name": "module-9", "version": 99}} | 422 | catalog
            no workload                | {"name": "empty"}                                                 | 422 | workload
            nothing to price           | {"workload": {"traffic": {"averageQps": 5}}}                      | 422 | workload
            tiers not adding up        | {"workload": {"storage": {"totalTb": 10, "hotTb": 1}}}            | 422 | storage.totalTb
            tier without a rate        | {"workload": {"storage": {"hotTb": 1, "coldTb": 5}}}              | 422 | storage.coldTb
            scans without storage      | {"workload": {"processing": {"scansPerMonth": 4}}}                | 422 | workload
            all zero                   | {"workload": {"storage": {"totalTb": 0}, "streaming": {"gbPerMonth": 0}}} | 422 | workload
            peak below average         | {"workload": {"storage": {"totalTb": 1}, "traffic": {"averageQps": 10, "peakQps": 5}}} | 422 | traffic.peakQps
            two streaming forms        | {"workload": {"streaming": {"gbPerMonth": 1, "retentionDays": 7}}} | 422 | streaming
            events without bytes       | {"workload": {"ingest": {"eventsPerSecond": 10}}}                 | 422 | ingest.bytesPerEvent
            negative ingest            | {"workload": {"ingest": {"tbPerDay": -1}}}                        | 400 | workload.ingest.tbPerDay
            both processing forms      | {"workload": {"storage": {"totalTb": 1}, "processing": {"scansPerMonth": 4, "tbProcessedPerMonth": 3}}} | 422 | processing
            absurd derived serving     | {"workload": {"serving": {"averageQps": 100000000, "mbScannedPerQuery": 1000000}}} | 422 | serving.mbScannedPerQuery
            absurd derived processing  | {"workload": {"storage": {"totalTb": 1000000}, "processing": {"scansPerMonth": 100000}}} | 422 | processing.scansPerMonth
            name too long              | {"preset": "module-9-example", "name": "%s"}                      | 400 | name
            a tiny exponent            | {"workload": {"storage": {"totalTb": 1e-100000000}}}              | 400 | workload.storage.totalTb
            a huge exponent            | {"workload": {"storage": {"totalTb": 1e100000000}}}               | 400 | workload.storage.totalTb
            NUL in the name            | {"preset": "module-9-example", "name": "a\u0000b"}                | 400 | name
            text for a number          | {"workload": {"storage": {"totalTb": "100"}}}                     | 400 | workload.storage.totalTb
            a fraction for a version   | {"preset": "module-9-example", "catalog": {"name": "module-9", "version": 1.5}} | 400 | catalog.version
            """)
    void isRefusedWithItsField(String description, String body, int status, String field) {
        String payload = body.replace("%s", "x".repeat(121));
        long before = countMine();
        given().auth().oauth2(token()).contentType(ContentType.JSON).body(payload)
                .when().post("/api/v1/estimates")
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("violations.field", hasItem(field));
        org.junit.jupiter.api.Assertions.assertEquals(before, countMine(), "nothing stored for: " + description);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON            | {storage
            NaN                 | {"workload": {"storage": {"totalTb": NaN}}}
            infinite            | {"workload": {"storage": {"totalTb": Infinity}}}
            wrong type          | {"workload": {"storage": {"totalTb": "a lot"}}}
            misspelt field      | {"workload": {"storage": {"totalTB": 100}}}
            """)
    void malformedBodiesAreBadRequests(String description, String body) {
        long before = countMine();
        given().auth().oauth2(token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/estimates")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
        org.junit.jupiter.api.Assertions.assertEquals(before, countMine(), "nothing stored for: " + description);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            trailing garbage    | {"preset": "module-9-example"} x
            a second document   | {"preset": "module-9-example"}{"preset": "module-9-example"}
            """)
    void nothingMayFollowTheDocument(String description, String body) {
        long before = countMine();
        given().auth().oauth2(token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/estimates")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-input"))
                .body("violations[0].in", equalTo("body"));
        org.junit.jupiter.api.Assertions.assertEquals(before, countMine(), "nothing stored for: " + description);
    }

    @ParameterizedTest(name = "Content-Type {0}")
    @CsvSource({ "text/plain", "*/*", "application/xml", "application/*" })
    void aBodyThatIsNotJsonIsUnsupported(String contentType) {
        long before = countMine();
        given().auth().oauth2(token()).contentType(contentType).body("{\"preset\": \"module-9-example\"}".getBytes())
                .when().post("/api/v1/estimates")
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("/problems/unsupported-media-type"))
                .body("detail", containsString("application/json"));
        org.junit.jupiter.api.Assertions.assertEquals(before, countMine());
    }

    @Test
    void aBodyWithoutContentTypeIsUnsupported() {
        given().auth().oauth2(token()).noContentType().body("{\"preset\": \"module-9-example\"}".getBytes())
                .when().post("/api/v1/estimates")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            page=abc          | /api/v1/estimates?page=abc                          | page    | query | whole number
            size=1e3          | /api/v1/estimates?size=1e3                          | size    | query | whole number
            page too large    | /api/v1/estimates?page=99999999999                  | page    | query | whole number
            page below zero   | /api/v1/estimates?page=-1                           | page    | query | greater than or equal to 0
            id not a UUID     | /api/v1/estimates/not-a-uuid                        | id      | path  | UUID
            against=xyz       | /api/v1/estimates/%s/diff?against=xyz               | against | query | UUID
            NUL in the id     | /api/v1/estimates/a%%00b                            | id      | path  | control characters
            NUL in a query    | /api/v1/estimates?page=0&x=%%00                     | x       | query | control characters
            """)
    void aMalformedParameterIsNamedWithWhereItWas(String description, String path, String field, String in, String words) {
        given().auth().oauth2(token()).urlEncodingEnabled(false)
                .when().get(path.formatted(java.util.UUID.randomUUID()))
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-input"))
                .body("title", equalTo("Bad Request"))
                .body("status", equalTo(400))
                .body("instance", startsWith("/api/v1/estimates"))
                .body("violations.find { it.field == '%s' }.in".formatted(field), equalTo(in))
                .body("detail", containsString(words));
    }

    @Test
    void aMethodTheResourceDoesNotAnswerIsAProblemToo() {
        given().auth().oauth2(token()).contentType(ContentType.JSON).body("{}")
                .when().put("/api/v1/estimates")
                .then().statusCode(405).contentType("application/problem+json")
                .body("type", equalTo("/problems/method-not-allowed"));
    }

    @Test
    void anUnknownEstimateIsNotFoundInWords() {
        given().auth().oauth2(token()).when().get("/api/v1/estimates/" + java.util.UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("detail", startsWith("No estimate"));
    }

    @Test
    void anEmptyBodyIsABadRequest() {
        given().auth().oauth2(token()).contentType(ContentType.JSON)
                .when().post("/api/v1/estimates")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void noTokenOrAForgedOneIsUnauthorized() {
        given().contentType(ContentType.JSON).body("{\"preset\": \"module-9-example\"}")
                .when().post("/api/v1/estimates")
                .then().statusCode(401);
        given().auth().oauth2(JwtTestResource.forgedToken(LEARNER, "learner"))
                .when().get("/api/v1/estimates")
                .then().statusCode(401);
    }

    @Test
    void aDiffWithoutItsOtherEstimateIsABadRequest() {
        given().auth().oauth2(token()).when().get("/api/v1/estimates/" + java.util.UUID.randomUUID() + "/diff")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static String token() {
        return JwtTestResource.token(LEARNER, "learner");
    }

    private static long countMine() {
        return ((Number) given().auth().oauth2(token()).when().get("/api/v1/estimates")
                .then().statusCode(200).extract().path("total")).longValue();
    }
}
