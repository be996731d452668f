package dev.principalprep.content.modules;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import dev.principalprep.content.support.ContentServiceTest;

@ContentServiceTest
class ReadApiTest {

    @Test
    void listsPublishedModulesAPageAtATime() {
        given().queryParam("size", 100).when().get("/api/v1/modules")
                .then().statusCode(200)
                .body("items.find { it.id == 'module-9' }.title", equalTo("Module 9: Career & Interview Strategy"))
                .body("items.find { it.id == 'module-9' }.estimatedHours.max", equalTo(12));
        given().queryParam("size", 1).when().get("/api/v1/modules")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("size", equalTo(1))
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    @Test
    void aPageLinksToTheOthersAsTheGatewayForwardedIt() {
        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "api.example.com")
                .queryParam("size", 1).when().get("/api/v1/modules")
                .then().statusCode(200)
                .header("Link", org.hamcrest.Matchers.startsWith(
                        "<https://api.example.com/api/v1/modules?size=1&page=0>; rel=\"first\""))
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"last\""));
    }

    @Test
    void theModuleStatesItsReadingOrder() {
        given().when().get("/api/v1/modules/module-9")
                .then().statusCode(200)
                .body("readingOrder.sectionId", contains("principal-interview-loop", "seven-step-framework", "cost-pass",
                        "cost-tips", "star-method", "common-leadership-questions", "leadership-framework",
                        "emerging-skills", "skills-to-acquire", "mock-interview-checklist", "key-takeaways", "next-steps"))
                .body("readingOrder.position", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))
                .body("readingOrder[0].documentId", equalTo(null))
                .body("readingOrder[1].documentId", equalTo("system-design-framework"));
    }

    @Test
    void jsonAnswersAreCompressedForClientsThatAcceptIt() throws Exception {
        byte[] plain = given().header("Accept-Encoding", "identity").when().get("/api/v1/modules/module-9")
                .then().statusCode(200).extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertTrue(plain.length > 1024, "the module is " + plain.length + " bytes");
        java.net.http.HttpResponse<byte[]> gzipped = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(io.restassured.RestAssured.baseURI + ":"
                        + io.restassured.RestAssured.port + "/api/v1/modules/module-9"))
                        .header("Accept-Encoding", "gzip").build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        org.junit.jupiter.api.Assertions.assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""));
        try (var unzipped = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(plain, unzipped.readAllBytes());
        }
        org.junit.jupiter.api.Assertions.assertTrue(gzipped.body().length < plain.length / 2,
                gzipped.body().length + " of " + plain.length + " bytes");
    }

    @Test
    void readsOneDocumentAndFiltersQuestionsByWhatTheyTest() {
        given().when().get("/api/v1/modules/module-9/documents/leadership-scenarios")
                .then().statusCode(200)
                .body("title", equalTo("Leadership Scenarios"))
                .body("sections.id", contains("common-leadership-questions", "leadership-framework"));
        given().queryParam("tests", "INFLUENCE").when().get("/api/v1/modules/module-9/questions")
                .then().statusCode(200)
                .body("id", contains("influence-without-authority"))
                .body("[0].points", contains("Build relationships", "data", "timelines"));
        given().queryParam("tests", "integrity").when().get("/api/v1/modules/module-9/questions")
                .then().statusCode(200).body("id", contains("deliver-bad-news"));
    }

    @Test
    void theSkillsMatrixGivesEachYearsStatus() {
        given().when().get("/api/v1/modules/module-9/skills")
                .then().statusCode(200)
                .body("skills.find { it.id == 'finops' }.status2025", equalTo("Critical"))
                .body("skills.find { it.id == 'finops' }.importance", equalTo("Critical"))
                .body("skills.find { it.id == 'web3-data' }.status2026", equalTo("Niche"));
    }

    @Test
    void everyReadHasAStrongEtagAndAnswers304WhenItIsCurrent() {
        for (String path : new String[] { "/api/v1/modules", "/api/v1/modules/module-9",
                "/api/v1/modules/module-9/sections/cost-pass", "/api/v1/modules/module-9/checklist",
                "/api/v1/modules/module-9/skills", "/api/v1/modules/module-9/questions" }) {
            String etag = given().when().get(path).then().statusCode(200)
                    .header("ETag", matchesPattern("\"[A-Za-z0-9_-]{27}\""))
                    .header("Cache-Control", equalTo("public, max-age=60, must-revalidate"))
                    .extract().header("ETag");
            given().header("If-None-Match", etag).when().get(path).then().statusCode(304).header("ETag", etag);
            given().header("If-None-Match", "\"other\", W/" + etag).when().get(path).then().statusCode(304);
            given().header("If-None-Match", "\"other\"").when().get(path).then().statusCode(200);
        }
        given().when().get("/api/v1/modules/module-9/versions/1").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"));
    }

    @Test
    void unknownIdsAreNotFoundAsProblemJson() {
        for (String path : new String[] { "/api/v1/modules/module-10", "/api/v1/modules/module-9/documents/nope",
                "/api/v1/modules/module-9/sections/nope", "/api/v1/modules/module-10/questions",
                "/api/v1/modules/module-9/versions/99", "/api/v1/modules/module-10/versions" }) {
            given().when().get(path).then().statusCode(404).contentType("application/problem+json")
                    .body("status", equalTo(404));
        }
    }

    @Test
    void badPagingAndFiltersAreBadRequests() {
        given().queryParam("size", 101).when().get("/api/v1/modules")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("size"));
        given().queryParam("page", -1).when().get("/api/v1/modules").then().statusCode(400);
        given().queryParam("tests", "x".repeat(101)).when().get("/api/v1/modules/module-9/questions").then().statusCode(400);
    }

    @Test
    void reportsReadinessWithItsStoreAndItsOutboxNotTheBroker() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("MongoDB connection health check"))
                .body("checks.find { it.name == 'outbox' }.data.pending", notNullValue())
                .body("checks.name", not(hasItem("Kafka connection health check")));
    }

    @Test
    void servesItsOpenApiContract() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/modules'.get.operationId", equalTo("listModules"))
                .body("paths.'/api/v1/modules'.post.operationId", equalTo("createModule"))
                .body("paths.'/api/v1/search'.get.operationId", equalTo("searchContent"))
                .body("paths.'/api/v1/modules/{id}/publish'.post.responses.'412'", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/modules/{id}/sections/{sectionId}'.get.responses.'200'.content.'application/json'.examples",
                        org.hamcrest.Matchers.notNullValue());
        given().queryParam("format", "json").when().get("/q/openapi").then()
                .body("paths.'/api/v1/modules/{id}/questions'.get.parameters.name", hasItem("tests"))
                .body("paths.keySet().findAll { it.startsWith('/api/v1/') }", hasSize(org.hamcrest.Matchers.greaterThan(10)));
    }
}
