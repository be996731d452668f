package dev.principalprep.gateway.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class GatewayAnswersTest {

    private final ObjectMapper json = new ObjectMapper();
    private final GatewayAnswers answers = new GatewayAnswers(json);

    private ObjectNode contract() throws Exception {
        return (ObjectNode) json.readTree(
                """
                        {"paths": {
                           "/api/v1/catalogs": {"get": {"security": [{"bearer": []}], "responses": {
                               "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}}}},
                             "post": {"requestBody": {"content": {}}, "responses": {
                               "201": {"description": "made"},
                               "400": {"description": "bad"},
                               "409": {"description": "taken", "content": {"application/problem+json": {"example": {}}}},
                               "422": {"description": "odd", "content": {"application/problem+json": {"schema": {"type": "object"}}}}}}},
                           "/api/v1/me/dashboard": {"get": {"responses": {"200": {"description": "ok"}}}},
                           "/api/v1/estimates/{id}": {"parameters": [], "delete": {}}},
                         "components": {"schemas": {
                           "Page": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Row"}}}},
                           "Row": {"type": "object"},
                           "Unused": {"type": "object", "properties": {"row": {"$ref": "#/components/schemas/Row"}}}}}}""");
    }

    @Test
    void publicReadsNeedNoTokenAndTheRestListTheBearerAndA401() throws Exception {
        ObjectNode contract = contract();
        answers.addTo(contract, Set.of("/api/v1/catalogs", "/api/v1/estimates/{id}"));

        assertEquals("[]", contract.at("/paths/~1api~1v1~1catalogs/get/security").toString());
        assertFalse(contract.at("/paths/~1api~1v1~1catalogs/get/responses").has("401"));
        assertEquals("[{\"bearer\":[]}]", contract.at("/paths/~1api~1v1~1catalogs/post/security").toString());
        assertEquals("#/components/responses/Unauthorized",
                contract.at("/paths/~1api~1v1~1catalogs/post/responses/401/$ref").asText());
        assertEquals("[{\"bearer\":[]}]", contract.at("/paths/~1api~1v1~1estimates~1{id}/delete/security").toString());
    }

    @Test
    void everyProxiedOperationListsTheGatewaysOwnAnswersAndA413OnlyWhereABodyIsSent() throws Exception {
        ObjectNode contract = contract();
        answers.addTo(contract, Set.of("/api/v1/catalogs", "/api/v1/estimates/{id}"));

        assertEquals(List.of("200", "429", "502", "503", "504"),
                names(contract.at("/paths/~1api~1v1~1catalogs/get/responses")));
        assertEquals(List.of("201", "400", "409", "422", "401", "413", "429", "502", "503", "504"),
                names(contract.at("/paths/~1api~1v1~1catalogs/post/responses")));
        assertEquals(List.of("401", "429", "502", "503", "504"),
                names(contract.at("/paths/~1api~1v1~1estimates~1{id}/delete/responses")));
        assertEquals("#/components/responses/TooManyRequests",
                contract.at("/paths/~1api~1v1~1catalogs/get/responses/429/$ref").asText());
        assertEquals("#/components/responses/BadGateway",
                contract.at("/paths/~1api~1v1~1catalogs/get/responses/502/$ref").asText());
        assertEquals("#/components/responses/ServiceUnavailable",
                contract.at("/paths/~1api~1v1~1catalogs/get/responses/503/$ref").asText());
        assertEquals("#/components/responses/GatewayTimeout",
                contract.at("/paths/~1api~1v1~1catalogs/get/responses/504/$ref").asText());
        assertEquals("#/components/responses/PayloadTooLarge",
                contract.at("/paths/~1api~1v1~1catalogs/post/responses/413/$ref").asText());
        assertEquals(List.of("200"), names(contract.at("/paths/~1api~1v1~1me~1dashboard/get/responses")),
                "the gateway's own operations are not proxied");
        assertFalse(contract.at("/paths/~1api~1v1~1me~1dashboard/get").has("security"));
    }

    @Test
    void everyErrorAnswerIsTheProblemShapeUnlessItNamesItsOwn() throws Exception {
        ObjectNode contract = contract();
        answers.addTo(contract, Set.of());

        String problem = "#/components/schemas/Problem";
        JsonNode post = contract.at("/paths/~1api~1v1~1catalogs/post/responses");
        assertEquals(problem, post.at("/400/content/application~1problem+json/schema/$ref").asText());
        assertEquals(problem, post.at("/409/content/application~1problem+json/schema/$ref").asText());
        assertTrue(post.at("/409/content/application~1problem+json").has("example"));
        assertEquals("object", post.at("/422/content/application~1problem+json/schema/type").asText());
        assertFalse(post.get("201").has("content"), "a success answer is left as declared");
    }

    @Test
    void theSharedAnswersCarryTheProblemShapeAndTheRateLimitHeaders() throws Exception {
        ObjectNode contract = contract();
        answers.addTo(contract, Set.of("/api/v1/catalogs"));

        JsonNode components = contract.get("components");
        JsonNode tooMany = components.at("/responses/TooManyRequests");
        assertEquals(List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Retry-After"),
                names(tooMany.get("headers")));
        assertEquals("#/components/headers/RateLimit-Remaining", tooMany.at("/headers/RateLimit-Remaining/$ref").asText());
        assertEquals("integer", components.at("/headers/RateLimit-Reset/schema/type").asText());
        assertEquals(0, components.at("/headers/Retry-After/schema/minimum").asInt());
        assertEquals("/problems/too-many-requests",
                tooMany.at("/content/application~1problem+json/example/type").asText());
        assertEquals(429, tooMany.at("/content/application~1problem+json/example/status").asInt());
        assertEquals("#/components/headers/Retry-After",
                components.at("/responses/ServiceUnavailable/headers/Retry-After/$ref").asText());
        assertEquals(List.of("Unauthorized", "PayloadTooLarge", "TooManyRequests", "BadGateway", "ServiceUnavailable",
                "GatewayTimeout"), names(components.get("responses")));
        List<Integer> statuses = new ArrayList<>();
        components.get("responses").forEach(
                answer -> statuses.add(answer.at("/content/application~1problem+json/example/status").asInt()));
        assertEquals(List.of(401, 413, 429, 502, 503, 504), statuses);
        JsonNode problem = components.at("/schemas/Problem");
        assertEquals("[\"type\",\"title\",\"status\"]", problem.get("required").toString());
        assertEquals("[\"body\",\"query\",\"path\",\"header\"]",
                problem.at("/properties/violations/items/properties/in/enum").toString());
        assertEquals("uri-reference", problem.at("/properties/type/format").asText());
    }

    @Test
    void schemasThatNoOperationReachesAreLeftOut() throws Exception {
        ObjectNode contract = contract();
        answers.addTo(contract, Set.of());

        assertEquals(List.of("Page", "Row", "Problem"), names(contract.at("/components/schemas")));
    }

    @Test
    void anOperationWithoutAnswersAndAContractWithoutSchemasStillGetThem() throws Exception {
        ObjectNode contract = (ObjectNode) json.readTree("""
                {"paths": {"/api/v1/estimates": {"head": {}, "trace": {}}}, "components": {}}""");
        answers.addTo(contract, Set.of("/api/v1/estimates"));

        assertEquals(List.of("401", "429", "502", "503", "504"),
                names(contract.at("/paths/~1api~1v1~1estimates/head/responses")));
        assertFalse(contract.at("/paths/~1api~1v1~1estimates/trace").has("responses"), "not an operation we proxy");
        assertEquals(List.of("Problem"), names(contract.at("/components/schemas")));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
