package dev.principalprep.content.authoring;

import static dev.principalprep.content.support.Drafts.author;
import static dev.principalprep.content.support.Drafts.create;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import dev.principalprep.content.support.ContentServiceTest;
import dev.principalprep.content.support.Drafts;
import dev.principalprep.localstack.testing.JwtTestResource;
import io.restassured.http.ContentType;

@ContentServiceTest
class AuthoringTest {

    @Test
    void aDraftIsInvisibleUntilPublished() {
        String etag = create("draft-visibility");
        given().when().get("/api/v1/modules/draft-visibility").then().statusCode(404);
        given().when().get("/api/v1/modules").then().body("items.id", not(hasItem("draft-visibility")));

        author().header("If-Match", etag).when().post("/api/v1/modules/draft-visibility/publish")
                .then().statusCode(201).body("version", equalTo(1)).body("items", equalTo(1));
        given().when().get("/api/v1/modules/draft-visibility").then().statusCode(200)
                .body("version", equalTo(1)).body("content.title", equalTo("Draft module"));
    }

    @Test
    void editsSectionsAndItemsAndPublishesAnImmutableNewVersion() {
        String etag = create("editing");
        etag = author().header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"id\": \"editing-two\", \"title\": \"Two\", \"points\": [\"a\", \"b\"], \"estimatedMinutes\": 15}")
                .when().post("/api/v1/modules/editing/draft/sections/editing-steps/items?position=0")
                .then().statusCode(200).body("content.sections[0].items.id", contains("editing-two", "editing-one"))
                .extract().header("ETag");
        etag = author().header("If-Match", etag).contentType(ContentType.JSON).body("{\"position\": 5}")
                .when().put("/api/v1/modules/editing/draft/sections/editing-steps/items/editing-two/position")
                .then().statusCode(200).body("content.sections[0].items.id", contains("editing-one", "editing-two"))
                .extract().header("ETag");
        etag = author().header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"id\": \"editing-one\", \"title\": \"One, renamed\", \"estimatedMinutes\": 20}")
                .when().put("/api/v1/modules/editing/draft/sections/editing-steps/items/editing-one")
                .then().statusCode(200).body("content.sections[0].items[0].title", equalTo("One, renamed"))
                .extract().header("ETag");
        etag = author().header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"id\": \"editing-notes\", \"kind\": \"PROSE\", \"title\": \"Notes\", \"text\": \"Read first.\"}")
                .when().post("/api/v1/modules/editing/draft/sections?position=0")
                .then().statusCode(200).body("content.sections.id", contains("editing-notes", "editing-steps"))
                .extract().header("ETag");
        etag = author().header("If-Match", etag).when().post("/api/v1/modules/editing/publish")
                .then().statusCode(201).body("version", equalTo(1)).extract().header("ETag");

        String draft = author().when().get("/api/v1/modules/editing/draft").then().statusCode(200).extract().header("ETag");
        draft = author().header("If-Match", draft).when().delete("/api/v1/modules/editing/draft/sections/editing-notes")
                .then().statusCode(200).body("content.sections.id", contains("editing-steps")).extract().header("ETag");
        author().header("If-Match", draft).when()
                .delete("/api/v1/modules/editing/draft/sections/editing-steps/items/editing-two")
                .then().statusCode(200);
        String latest = author().when().get("/api/v1/modules/editing/draft").then().extract().header("ETag");
        author().header("If-Match", latest).when().post("/api/v1/modules/editing/publish").then().statusCode(201)
                .body("version", equalTo(2));

        given().when().get("/api/v1/modules/editing").then().body("version", equalTo(2))
                .body("content.sections.id", contains("editing-steps"));
        given().when().get("/api/v1/modules/editing/versions/1").then().statusCode(200)
                .body("content.sections.id", contains("editing-notes", "editing-steps"));
        given().when().get("/api/v1/modules/editing/versions").then().body("version", contains(1, 2))
                .body("publishedBy", contains("author-1", "author-1"));
    }

    @Test
    void ofTwoAuthorsRacingOnTheSameRevisionOneGets412() {
        String etag = create("racing");
        String first = "{\"id\": \"racing-a\", \"title\": \"A\"}";
        String second = "{\"id\": \"racing-b\", \"title\": \"B\"}";
        author().header("If-Match", etag).contentType(ContentType.JSON).body(first)
                .when().post("/api/v1/modules/racing/draft/sections/racing-steps/items").then().statusCode(200);
        given().auth().oauth2(JwtTestResource.token("author-2", "author")).header("If-Match", etag)
                .contentType(ContentType.JSON).body(second)
                .when().post("/api/v1/modules/racing/draft/sections/racing-steps/items")
                .then().statusCode(412).contentType("application/problem+json");
        author().when().get("/api/v1/modules/racing/draft").then()
                .body("content.sections[0].items.id", contains("racing-one", "racing-a"));
        author().header("If-Match", etag).when().post("/api/v1/modules/racing/publish").then().statusCode(412);
    }

    @Test
    void everyChangeNeedsIfMatch() {
        create("preconditions");
        author().contentType(ContentType.JSON).body("{\"id\": \"preconditions-x\", \"title\": \"X\"}")
                .when().post("/api/v1/modules/preconditions/draft/sections/preconditions-steps/items")
                .then().statusCode(428).contentType("application/problem+json");
        author().when().post("/api/v1/modules/preconditions/publish").then().statusCode(428);
        author().header("If-Match", "\"something-else\"").when().post("/api/v1/modules/preconditions/publish")
                .then().statusCode(412);
    }

    @Test
    void onlyAuthorsAuthor() {
        given().auth().oauth2(JwtTestResource.token("learner-1", "learner")).contentType(ContentType.JSON)
                .body(Drafts.NEW_MODULE.formatted("by-learner"))
                .when().post("/api/v1/modules").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Drafts.NEW_MODULE.formatted("anonymous"))
                .when().post("/api/v1/modules").then().statusCode(401).contentType("application/problem+json");
        given().when().get("/api/v1/modules/module-9/draft").then().statusCode(401);
        given().auth().oauth2(JwtTestResource.forgedToken("author-1", "author")).when()
                .get("/api/v1/modules/module-9/draft").then().statusCode(401);
    }
}
