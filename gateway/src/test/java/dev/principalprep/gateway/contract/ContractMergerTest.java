package dev.principalprep.gateway.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.principalprep.gateway.routing.RouteTable;
import dev.principalprep.gateway.routing.Routes;

class ContractMergerTest {

    private final ObjectMapper json = new ObjectMapper();

    private final ContractMerger merger = new ContractMerger(json, new RouteTable(Map.of(
            "content", Routes.route("http://127.0.0.1:1", "/api/v1/modules"), "cost",
            Routes.route("http://127.0.0.1:1", "/api/v1/estimates")), List.of()));

    private JsonNode document(String text) throws Exception {
        return json.readTree(text);
    }

    @Test
    void keepsOwnedPathsSharesEqualSchemasAndRenamesClashingOnes() throws Exception {
        JsonNode content = document("""
                {"openapi": "3.1.0", "paths": {
                   "/api/v1/modules": {"get": {"tags": ["Modules"], "responses": {"200": {"description": "ok",
                       "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}}}}},
                   "/q/health": {"get": {"responses": {"200": {"description": "ok"}}}}},
                 "components": {"schemas": {"Page": {"type": "object", "properties": {"items": {"type": "array"}}},
                                            "Problem": {"type": "object"}}}}""");
        JsonNode cost = document("""
                {"openapi": "3.1.0", "paths": {
                   "/api/v1/estimates": {"post": {"tags": ["Estimates"], "responses": {"201": {"description": "ok",
                       "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}}}}},
                   "/api/v1/modules": {"delete": {"responses": {"204": {"description": "not cost's"}}}}},
                 "components": {"schemas": {"Page": {"type": "object", "properties": {"total": {"type": "integer"}}},
                                            "Problem": {"type": "object"}}}}""");

        ObjectNode merged = merger.merge("API", "1", List.of(
                new ContractMerger.Part("content", content, false, "now"),
                new ContractMerger.Part("cost", cost, true, "yesterday")));

        assertEquals(List.of("/api/v1/modules", "/api/v1/estimates"), fieldNames(merged.get("paths")));
        assertFalse(merged.at("/paths/~1api~1v1~1modules").has("delete"), "a service cannot answer another's path");
        assertEquals(List.of("Page", "Problem", "CostPage"), fieldNames(merged.at("/components/schemas")));
        assertEquals("#/components/schemas/CostPage", merged.at(
                "/paths/~1api~1v1~1estimates/post/responses/201/content/application~1json/schema/$ref").asText());
        assertEquals("cost (copy of yesterday)", merged.at("/info/x-stale-parts/0").asText());
        assertEquals("bearer", merged.at("/components/securitySchemes/bearer/scheme").asText());
        assertTrue(merged.at("/tags").toString().contains("Estimates"));
    }

    @Test
    void aServiceWithNoCopyAtAllIsNamedAndLeavesTheRestIntact() throws Exception {
        ObjectNode merged = merger.merge("API", "1", List.of(
                new ContractMerger.Part("content", null, true, null),
                new ContractMerger.Part("cost", document("{\"paths\": {\"/api/v1/estimates\": {\"get\": {}}}}"), false,
                        "now")));
        assertEquals(List.of("/api/v1/estimates"), fieldNames(merged.get("paths")));
        assertTrue(merged.at("/info/description").asText().contains("content (no copy)"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
