package dev.principalprep.content.authoring;

import static dev.principalprep.content.support.Drafts.author;
import static dev.principalprep.content.support.Drafts.create;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.principalprep.content.support.ContentServiceTest;
import dev.principalprep.content.support.Drafts;
import io.restassured.http.ContentType;

/** Bad bodies get 400, 409 or 422 naming the field, and the draft stays at its revision. */
@ContentServiceTest
class AuthoringBadInputTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing title       | {"id": "bad-a", "kind": "PROSE"}                                          | 400 | title
            unknown kind        | {"id": "bad-b", "kind": "POEM", "title": "T"}                              | 400 |
            bad id              | {"id": "Bad Id!", "kind": "PROSE", "title": "T"}                           | 400 | id
            title too long      | {"id": "bad-c", "kind": "PROSE", "title": "%s"}                            | 400 | title
            wrong type          | {"id": "bad-d", "kind": "PROSE", "title": "T", "estimatedMinutes": "many"} | 400 |
            unknown field       | {"id": "bad-e", "kind": "PROSE", "title": "T", "colour": "red"}            | 400 |
            duplicate slug      | {"id": "guarded-steps", "kind": "PROSE", "title": "T"}                     | 409 | id
            item id taken       | {"id": "bad-f", "kind": "STEPS", "title": "T", "items": [{"id": "guarded-one", "title": "x"}]} | 409 | id
            table without cells | {"id": "bad-g", "kind": "TABLE", "title": "T", "columns": ["a"], "items": [{"id": "bad-g-row", "title": "r"}]} | 422 | sections[0].items[0].cells
            prose with items    | {"id": "bad-h", "kind": "PROSE", "title": "T", "items": [{"id": "bad-h-i", "title": "x"}]} | 422 | sections[0].items
            """)
    void aBadSectionWritesNothing(String description, String body, int status, String field) {
        String before = author().when().get("/api/v1/modules/guarded/draft").then().extract().header("ETag");
        var response = author().header("If-Match", before).contentType(ContentType.JSON)
                .body(body.replace("%s", "x".repeat(201)))
                .when().post("/api/v1/modules/guarded/draft/sections?position=0")
                .then().statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
        if (field != null) {
            response.body("violations.field", hasItem(org.hamcrest.Matchers.endsWith(field)));
        }
        author().when().get("/api/v1/modules/guarded/draft").then().header("ETag", before);
    }

    @Test
    void unknownModulesSectionsAndItemsAreNotFound() {
        String etag = author().when().get("/api/v1/modules/guarded/draft").then().extract().header("ETag");
        author().header("If-Match", etag).when().delete("/api/v1/modules/guarded/draft/sections/nowhere").then()
                .statusCode(404);
        author().header("If-Match", etag).when().delete("/api/v1/modules/guarded/draft/sections/guarded-steps/items/nowhere")
                .then().statusCode(404);
        author().when().get("/api/v1/modules/nowhere/draft").then().statusCode(404).contentType("application/problem+json");
        author().header("If-Match", "\"r1\"").when().post("/api/v1/modules/nowhere/publish").then().statusCode(404);
    }

    @Test
    void aModuleIdTakenIsAConflictAndAnEmptyBodyABadRequest() {
        author().contentType(ContentType.JSON).body(Drafts.NEW_MODULE.formatted("guarded"))
                .when().post("/api/v1/modules").then().statusCode(409).body("violations.field", hasItem("id"));
        author().contentType(ContentType.JSON).when().post("/api/v1/modules").then().statusCode(400);
        author().contentType(ContentType.JSON).body("{\"id\": \"no-hours\", \"title\": \"T\"}")
                .when().post("/api/v1/modules").then().statusCode(400).body("violations.field", hasItem("estimatedHours"));
    }

    @org.junit.jupiter.api.BeforeEach
    void guardedModule() {
        if (author().when().get("/api/v1/modules/guarded/draft").statusCode() == 404) {
            create("guarded");
        }
    }
}
