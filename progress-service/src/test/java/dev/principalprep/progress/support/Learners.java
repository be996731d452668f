package dev.principalprep.progress.support;

import static io.restassured.RestAssured.given;

import dev.principalprep.localstack.testing.JwtTestResource;
import io.restassured.specification.RequestSpecification;

/** Requests made as a learner, with a signed token for that subject. */
public final class Learners {

    private Learners() {
    }

    public static RequestSpecification as(String learner) {
        return given().auth().oauth2(JwtTestResource.token(learner, "learner"));
    }
}
