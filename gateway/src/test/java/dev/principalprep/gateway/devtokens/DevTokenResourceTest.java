package dev.principalprep.gateway.devtokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import dev.principalprep.gateway.routing.UpstreamStub;
import dev.principalprep.localstack.testing.JwtTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = UpstreamStub.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = JwtTestResource.class, scope = TestResourceScope.GLOBAL)
class DevTokenResourceTest {

    @Test
    void issuesASignedTokenWithTheSubjectAndRoles() {
        String token = given().contentType(ContentType.JSON)
                .body("{\"subject\": \"learner-7\", \"roles\": [\"learner\", \"author\"], \"expiresIn\": 600}")
                .when().post("/api/v1/dev/tokens")
                .then().statusCode(200)
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(600))
                .extract().path("access_token");
        String[] parts = token.split("\\.");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(header.contains("\"alg\":\"RS256\""), header);
        assertTrue(claims.contains("\"sub\":\"learner-7\""), claims);
        assertTrue(claims.contains("\"iss\":\"https://principalprep.dev\""), claims);
        assertTrue(claims.contains("\"aud\":\"principal-prep-api\""), claims);
        assertTrue(claims.contains("\"author\"") && claims.contains("\"learner\""), claims);
        assertEquals(3, parts.length);
    }

    @Test
    void refusesBadRequestsWithTheirField() {
        given().contentType(ContentType.JSON).body("{\"subject\": \"x\", \"roles\": [\"emperor\"]}")
                .when().post("/api/v1/dev/tokens")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("roles[]"));
        given().contentType(ContentType.JSON).body("{\"subject\": \"bad subject\\r\\n\", \"roles\": [\"learner\"]}")
                .when().post("/api/v1/dev/tokens")
                .then().statusCode(400).body("violations.field", hasItem("subject"));
        given().contentType(ContentType.JSON).body("{\"subject\": \"x\", \"roles\": []}")
                .when().post("/api/v1/dev/tokens")
                .then().statusCode(400).body("violations.field", hasItem("roles"));
    }

    @Test
    void onlyTheProfilesMadeForThemIssueDevTokensWhateverTheFlagSays() {
        org.junit.jupiter.api.Assertions.assertTrue(DevTokenResource.isMadeForDevTokens(java.util.List.of("local")));
        org.junit.jupiter.api.Assertions.assertTrue(DevTokenResource.isMadeForDevTokens(java.util.List.of("test")));
        for (String profile : new String[] { "prod", "staging", "dev", "" }) {
            org.junit.jupiter.api.Assertions.assertFalse(DevTokenResource.isMadeForDevTokens(java.util.List.of(profile)));
        }
        org.junit.jupiter.api.Assertions
                .assertFalse(DevTokenResource.isMadeForDevTokens(java.util.List.of("local", "staging")));
    }
}
