package dev.principalprep.cost.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;

/** Creates estimates through the API, as a client would, for tests that need one to exist. */
public final class Estimates {

    private Estimates() {
    }

    /** Posts the body as the token's subject and returns the new estimate's id. */
    public static String create(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/estimates")
                .then().statusCode(201).extract().path("id");
    }
}
