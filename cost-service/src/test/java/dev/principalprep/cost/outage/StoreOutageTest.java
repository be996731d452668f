package dev.principalprep.cost.outage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.principalprep.cost.support.CostServiceTest;
import dev.principalprep.localstack.testing.JwtTestResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** When PostgreSQL cannot be reached, the service says so: 503 problem+json with Retry-After, never a 500. */
@CostServiceTest
@TestProfile(StoreOutageTest.NoDatabase.class)
class StoreOutageTest {

    /** The database address points at a port nobody listens on. */
    public static class NoDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            int closed = closedPort();
            return Map.of("quarkus.datasource.reactive.url", "postgresql://127.0.0.1:" + closed + "/cost",
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + closed + "/cost",
                    "quarkus.flyway.migrate-at-start", "false");
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void readsAndWritesAre503WithRetryAfter() {
        String token = JwtTestResource.token("learner-during-outage", "learner");
        given().auth().oauth2(token).when().get("/api/v1/estimates")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("/problems/service-unavailable"))
                .body(not(containsString("Exception")));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"preset\": \"module-9-example\"}")
                .when().post("/api/v1/estimates")
                .then().statusCode(503).header("Retry-After", "5");
    }
}
