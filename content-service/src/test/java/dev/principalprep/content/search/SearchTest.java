package dev.principalprep.content.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import dev.principalprep.content.support.ContentServiceTest;

@ContentServiceTest
class SearchTest {

    @Test
    void titleHitsRankAboveBodyHitsWithSnippetsAndPaths() {
        given().queryParam("q", "SPOT").when().get("/api/v1/search")
                .then().statusCode(200)
                .body("[0].titleMatch", equalTo(true))
                .body("[0].path", equalTo("/api/v1/modules/module-9/sections/cost-tips#tip-spot-instances"))
                .body("findAll { !it.titleMatch }.title", hasItem("Cost Optimization"))
                .body("find { it.title == 'Cost Optimization' }.snippet", equalTo("Spot instances"))
                .body("path", everyItem(startsWith("/api/v1/modules/module-9")));
    }

    @Test
    void aHitDeepInALongTextGetsAShortSnippet() {
        given().queryParam("q", "ongoing cost monitoring").when().get("/api/v1/search")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].kind", equalTo("STORY_TEMPLATE"))
                .body("[0].snippet", startsWith("…"))
                .body("[0].path", equalTo("/api/v1/modules/module-9/sections/star-method"));
    }

    @Test
    void findsQuestionsByWhatTheyTestAndNothingForAStranger() {
        given().queryParam("q", "diplomacy").when().get("/api/v1/search")
                .then().statusCode(200)
                .body("path", hasItem(
                        "/api/v1/modules/module-9/sections/common-leadership-questions#disagreed-with-senior-engineer"));
        given().queryParam("q", "kubernetes operator").when().get("/api/v1/search").then().statusCode(200)
                .body("", hasSize(0));
    }

    @Test
    void aQueryTooShortTooLongOrMissingIsABadRequest() {
        given().queryParam("q", "x").when().get("/api/v1/search").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("q"));
        given().queryParam("q", "x".repeat(101)).when().get("/api/v1/search").then().statusCode(400);
        given().when().get("/api/v1/search").then().statusCode(400);
        given().queryParam("q", "cost").queryParam("limit", 0).when().get("/api/v1/search").then().statusCode(400);
    }
}
