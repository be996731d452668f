package dev.principalprep.content.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import dev.principalprep.content.support.ContentServiceTest;

@ContentServiceTest
class SearchTest {

    @Test
    void titleHitsRankAboveBodyHitsWithSnippetsIdsAndPaths() {
        given().queryParam("q", "SPOT").when().get("/api/v1/search")
                .then().statusCode(200)
                .body("query", equalTo("SPOT"))
                .body("items[0].titleMatch", equalTo(true))
                .body("items[0].path", equalTo("/api/v1/modules/module-9/sections/cost-tips"))
                .body("items[0].sectionId", equalTo("cost-tips"))
                .body("items[0].itemId", equalTo("tip-spot-instances"))
                .body("items[0].documentId", equalTo("system-design-framework"))
                .body("items.findAll { !it.titleMatch }.title", hasItem("Cost Optimization"))
                .body("items.find { it.title == 'Cost Optimization' }.snippet", equalTo("Spot instances"))
                .body("items.path", everyItem(startsWith("/api/v1/modules/module-9")))
                .body("items.path", everyItem(not(containsString("#"))));
    }

    @Test
    void severalWordsMatchInAnyOrderWithTypographicPunctuationFolded() {
        given().queryParam("q", "spot savings").when().get("/api/v1/search")
                .then().statusCode(200).body("items.itemId", hasItem("tip-spot-instances"));
        given().queryParam("q", "Savings  SPOT").when().get("/api/v1/search")
                .then().statusCode(200).body("items.itemId", hasItem("tip-spot-instances"));
        given().queryParam("q", "company's").when().get("/api/v1/search")
                .then().statusCode(200).body("total", greaterThan(0))
                .body("items.snippet", everyItem(containsStringIgnoringCase("company\u2019s")));
        given().queryParam("q", "spot kubernetes").when().get("/api/v1/search")
                .then().statusCode(200).body("total", equalTo(0)).body("items", hasSize(0));
    }

    @Test
    void hitsComeAPageAtATimeWithTheTotalAndLinks() {
        int total = given().queryParam("q", "cost").when().get("/api/v1/search").then().statusCode(200)
                .extract().path("total");
        org.junit.jupiter.api.Assertions.assertTrue(total > 3, "hits: " + total);
        given().queryParam("q", "cost").queryParam("size", 2).queryParam("page", 1).when().get("/api/v1/search")
                .then().statusCode(200)
                .body("items", hasSize(2)).body("page", equalTo(1)).body("size", equalTo(2)).body("total", equalTo(total))
                .header("Link", containsString("/api/v1/search?q=cost&size=2&page=2>; rel=\"next\""))
                .header("Link", containsString("/api/v1/search?q=cost&size=2&page=0>; rel=\"prev\""));
    }

    @Test
    void aHitDeepInALongTextGetsAShortSnippet() {
        given().queryParam("q", "ongoing cost monitoring").when().get("/api/v1/search")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].kind", equalTo("STORY_TEMPLATE"))
                .body("items[0].snippet", startsWith("…"))
                .body("items[0].sectionId", equalTo("star-method"))
                .body("items[0].itemId", equalTo(null))
                .body("items[0].path", equalTo("/api/v1/modules/module-9/sections/star-method"));
    }

    @Test
    void findsQuestionsByWhatTheyTestAndNothingForAStranger() {
        given().queryParam("q", "diplomacy").when().get("/api/v1/search")
                .then().statusCode(200)
                .body("items.itemId", hasItem("disagreed-with-senior-engineer"));
        given().queryParam("q", "kubernetes operator").when().get("/api/v1/search").then().statusCode(200)
                .body("items", hasSize(0)).body("total", equalTo(0));
    }

    @Test
    void badQueriesAndPagingAreBadRequests() {
        given().queryParam("q", "x").when().get("/api/v1/search").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("q"))
                .body("violations.in", hasItem("query"));
        given().queryParam("q", "x".repeat(101)).when().get("/api/v1/search").then().statusCode(400);
        given().when().get("/api/v1/search").then().statusCode(400);
        for (String[] bad : new String[][] { { "size", "0" }, { "size", "51" }, { "page", "-1" }, { "page", "abc" },
                { "page", "10001" } }) {
            given().queryParam("q", "cost").queryParam(bad[0], bad[1]).when().get("/api/v1/search").then()
                    .statusCode(400).contentType("application/problem+json").body("violations.field", hasItem(bad[0]));
        }
    }
}
