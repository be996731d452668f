package dev.principalprep.cost.costpass;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.principalprep.cost.support.Announcements;
import dev.principalprep.cost.support.CostServiceTest;
import dev.principalprep.events.CostPassGraded;
import dev.principalprep.events.EventTypes;
import dev.principalprep.events.Topics;
import dev.principalprep.localstack.testing.JwtTestResource;
import dev.principalprep.localstack.testing.TestTopics;
import io.restassured.http.ContentType;

@CostServiceTest
class CostPassResourceTest {

    private static final String LEARNER = "learner-cost-pass";

    @Test
    void promptsAreServedToLearnersWithoutTheirReference() {
        given().when().get("/api/v1/cost-passes/prompts").then().statusCode(401);
        given().auth().oauth2(token()).when().get("/api/v1/cost-passes/prompts")
                .then().statusCode(200)
                .body("id", hasItems("module-9-example", "startup-10tb", "scale-1pb", "batch-only-250tb",
                        "events-50k-per-second"))
                .body("find { it.id == 'module-9-example' }.workload.storage.totalTb", equalTo(100))
                .body("find { it.id == 'module-9-example' }.reference", nullValue())
                .body("find { it.id == 'scale-1pb' }.brief", containsString("1 PB stored"));
    }

    @Test
    void theModulePassSaidCorrectlyIsGradedKeptAndAnnouncedWithItsScore() {
        String id = given().auth().oauth2(token()).contentType(ContentType.JSON).body(CostPassExamples.SAID_CORRECTLY)
                .when().post("/api/v1/cost-passes")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/cost-passes/"))
                .body("grading.score", equalTo(100))
                .body("grading.components.verdict", equalTo(List.of("WITHIN_RANGE", "WITHIN_RANGE", "WITHIN_RANGE",
                        "WITHIN_RANGE")))
                .body("grading.dominant.reference", equalTo("COMPUTE"))
                .body("reference.totalLow", equalTo(27300.00f))
                .body("reference.totalHigh", equalTo(42300.00f))
                .extract().path("id");

        given().auth().oauth2(token()).when().get("/api/v1/cost-passes/" + id)
                .then().statusCode(200).body("grading.score", equalTo(100)).body("promptId", equalTo("module-9-example"));
        given().auth().oauth2(token()).when().get("/api/v1/cost-passes")
                .then().statusCode(200).body("items.find { it.id == '" + id + "' }.score", equalTo(100));
        given().auth().oauth2(JwtTestResource.token("someone-else", "learner")).when().get("/api/v1/cost-passes/" + id)
                .then().statusCode(404).contentType("application/problem+json");

        ConsumerRecord<String, String> record = Announcements.once(Topics.COST_PASSES, id, EventTypes.COST_PASS_GRADED);
        assertEquals(CostPassGraded.TYPE, TestTopics.header(record, TestTopics.CE_TYPE));
        assertEquals(LEARNER, TestTopics.header(record, TestTopics.CE_SUBJECT));
        assertTrue(record.value().contains("\"score\":100"), record.value());
        assertTrue(record.value().contains("\"promptId\":\"module-9-example\""), record.value());
        assertTrue(record.value().contains("\"referenceTotalLow\":27300.00"), record.value());
    }

    @Test
    void theReadmeExamplesScoreAsDocumented() {
        given().auth().oauth2(token()).contentType(ContentType.JSON).body(CostPassExamples.STORAGE_PER_GB_AS_PER_TB)
                .when().post("/api/v1/cost-passes")
                .then().statusCode(201)
                .body("grading.score", equalTo(80))
                .body("grading.components.find { it.component == 'STORAGE' }.verdict", equalTo("WRONG_UNIT"));
        given().auth().oauth2(token()).contentType(ContentType.JSON).body(CostPassExamples.WITHOUT_STREAMING)
                .when().post("/api/v1/cost-passes")
                .then().statusCode(201)
                .body("grading.score", equalTo(80))
                .body("grading.components.find { it.component == 'STREAMING' }.verdict", equalTo("MISSING"));
    }

    @Test
    void aPassForAWorkloadOfOnesOwnIsGradedToo() {
        given().auth().oauth2(token()).contentType(ContentType.JSON).body("""
                {"workload": {"storage": {"totalTb": 10}},
                 "lines": [{"component": "STORAGE", "monthly": 230}], "total": 230, "dominant": "STORAGE"}""")
                .when().post("/api/v1/cost-passes")
                .then().statusCode(201)
                .body("promptId", nullValue())
                .body("grading.score", equalTo(100));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown prompt         | {"promptId": "module-10", "lines": [], "total": 1}                                  | 422 | promptId
            prompt and workload    | {"promptId": "module-9-example", "workload": {"storage": {"totalTb": 1}}, "lines": [], "total": 1} | 422 | workload
            neither                | {"lines": [], "total": 1}                                                           | 422 | workload
            nothing to price       | {"workload": {"storage": {"totalTb": 0}}, "lines": [], "total": 0}                  | 422 | workload
            said twice             | {"promptId": "module-9-example", "lines": [{"component": "STORAGE", "monthly": 1}, {"component": "STORAGE", "monthly": 1}], "total": 2} | 422 | lines[1].component
            high below low         | {"promptId": "module-9-example", "lines": [], "total": 10, "totalHigh": 5}          | 422 | totalHigh
            no total               | {"promptId": "module-9-example", "lines": []}                                       | 400 | total
            negative figure        | {"promptId": "module-9-example", "lines": [{"component": "STORAGE", "monthly": -1}], "total": 1} | 400 | lines[0].monthly
            no lines               | {"promptId": "module-9-example", "total": 1}                                        | 400 | lines
            unknown unit           | {"promptId": "module-9-example", "lines": [{"component": "STORAGE", "quantity": 1, "unit": "KB", "rate": 1, "monthly": 1}], "total": 1} | 400 | -
            """)
    void badPassesAreRefusedAndNotKept(String description, String body, int status, String field) {
        String token = JwtTestResource.token("learner-bad-pass", "learner");
        var response = given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cost-passes")
                .then().statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
        if (!"-".equals(field)) {
            response.body("violations.field", hasItem(containsString(field)));
        }
        given().auth().oauth2(token).when().get("/api/v1/cost-passes")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void gradingNeedsAToken() {
        given().contentType(ContentType.JSON).body(CostPassExamples.SAID_CORRECTLY)
                .when().post("/api/v1/cost-passes")
                .then().statusCode(401).contentType("application/problem+json");
    }

    private static String token() {
        return JwtTestResource.token(LEARNER, "learner");
    }
}
