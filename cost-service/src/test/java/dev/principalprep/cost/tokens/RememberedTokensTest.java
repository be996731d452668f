package dev.principalprep.cost.tokens;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import dev.principalprep.cost.support.CostServiceTest;
import dev.principalprep.localstack.testing.JwtTestResource;
import dev.principalprep.tokens.VerifiedTokens;

/** The service's JWT mechanism verifies a token once and then answers it from the verified tokens. */
@CostServiceTest
class RememberedTokensTest {

    @Inject
    VerifiedTokens<JsonWebToken> tokens;

    @Test
    void aTokenTheServiceAcceptedIsRememberedAndAForgedOneIsNot() {
        String learner = "learner-remembered-" + UUID.randomUUID();
        String token = JwtTestResource.token(learner, "learner");
        assertEquals(Optional.empty(), tokens.cached(token));

        given().auth().oauth2(token).when().get("/api/v1/estimates").then().statusCode(200);
        assertEquals(Optional.of(learner), tokens.cached(token).map(JsonWebToken::getSubject));
        given().auth().oauth2(token).when().get("/api/v1/estimates").then().statusCode(200);

        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().auth().oauth2(forged).when().get("/api/v1/estimates").then().statusCode(401);
        assertTrue(tokens.cached(forged).isEmpty());
    }
}
