package dev.principalprep.content.support;

import static io.restassured.RestAssured.given;

import dev.principalprep.localstack.testing.JwtTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Creates draft modules through the API as an author would, for tests that need one. */
public final class Drafts {

    /** A small module: one STEPS section ({id}-steps) with one item ({id}-one). */
    public static final String NEW_MODULE = """
            {"id": "%1$s", "title": "Draft module", "estimatedHours": {"min": 1, "max": 2},
             "sections": [{"id": "%1$s-steps", "kind": "STEPS", "title": "Steps",
                           "items": [{"id": "%1$s-one", "title": "One", "estimatedMinutes": 30}]}]}""";

    private Drafts() {
    }

    public static RequestSpecification author() {
        return given().auth().oauth2(JwtTestResource.token("author-1", "author"));
    }

    /** Creates the module and returns the ETag of its first draft revision. */
    public static String create(String id) {
        return author().contentType(ContentType.JSON).body(NEW_MODULE.formatted(id))
                .when().post("/api/v1/modules")
                .then().statusCode(201).extract().header("ETag");
    }
}
