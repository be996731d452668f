package dev.principalprep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Each record serializes to exactly the properties its JSON schema declares, so the two cannot drift apart. */
class EventSchemasTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void modulePublishedMatchesItsSchema() throws Exception {
        var event = new ModulePublished("module-9", 1, "Career & Interview Strategy", 10, 12,
                List.of(new ModulePublished.Item("framework.step-1", "STEP", "Clarify Requirements", 20,
                        java.util.Map.of("group", "Before the Interview"))));
        JsonNode schema = schema("module-published.v1.json");
        JsonNode written = json.valueToTree(event);

        assertEquals(names(schema.get("properties")), names(written));
        assertEquals(names(schema.get("required")), names(written));
        JsonNode itemSchema = schema.at("/properties/items/items");
        assertEquals(names(itemSchema.get("properties")), names(written.at("/items/0")));
        assertTrue(names(written.at("/items/0")).containsAll(names(itemSchema.get("required"))));
    }

    @Test
    void estimateCreatedMatchesItsSchema() throws Exception {
        var event = new EstimateCreated("3f1c2d4e-0000-4000-8000-000000000001", "learner-1",
                new java.math.BigDecimal("27300.00"), new java.math.BigDecimal("42300.00"), "module-9", 1);
        JsonNode schema = schema("estimate-created.v1.json");
        JsonNode written = json.valueToTree(event);

        assertEquals(names(schema.get("properties")), names(written));
        assertEquals(names(schema.get("required")), names(written));
    }

    @Test
    void costPassGradedMatchesItsSchemaAndKeepsTheScoreInRange() throws Exception {
        var event = new CostPassGraded("3f1c2d4e-0000-4000-8000-000000000002", "learner-1", "module-9-example", 85,
                new java.math.BigDecimal("27300.00"), new java.math.BigDecimal("42300.00"), "module-9", 1);
        JsonNode schema = schema("cost-pass-graded.v1.json");
        JsonNode written = json.valueToTree(event);

        assertEquals(names(schema.get("properties")), names(written));
        assertEquals(names(schema.get("required")), names(written));
        assertEquals(85, written.get("score").asInt());
        assertThrows(IllegalArgumentException.class, () -> new CostPassGraded("p", "o", null, 101,
                java.math.BigDecimal.ONE, java.math.BigDecimal.ONE, "module-9", 1));
        assertThrows(IllegalArgumentException.class, () -> new CostPassGraded("p", "o", null, -1,
                java.math.BigDecimal.ONE, java.math.BigDecimal.ONE, "module-9", 1));
    }

    @Test
    void progressEventsMatchTheirSchemas() throws Exception {
        Object[][] events = {
                { new ItemCompleted("l", "module-9", 1, "clarify-requirements", "STEP", "Clarify Requirements", 40,
                        "2026-11-26T18:00:00Z"), "item-completed.v1.json" },
                { new ModuleCompleted("l", "module-9", 1, 700, "2026-11-26T18:00:00Z"), "module-completed.v1.json" },
                { new StoryAdded("l", "3f1c2d4e-0000-4000-8000-000000000001", List.of("INFLUENCE"), 1),
                        "story-added.v1.json" } };
        for (Object[] event : events) {
            JsonNode schema = schema((String) event[1]);
            JsonNode written = json.valueToTree(event[0]);
            assertEquals(names(schema.get("properties")), names(written), (String) event[1]);
            assertEquals(names(schema.get("required")), names(written), (String) event[1]);
        }
    }

    @Test
    void consumedEventsRefuseAMissingRequiredField() {
        assertThrows(Exception.class, () -> json.readValue("{\"version\": 1, \"title\": \"t\", \"items\": []}",
                ModulePublished.class));
        assertThrows(Exception.class, () -> json.readValue("{\"estimateId\": \"e\", \"totalLow\": 1, \"totalHigh\": 2, "
                + "\"catalog\": \"module-9\", \"catalogVersion\": 1}", EstimateCreated.class));
    }

    private JsonNode schema(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/schemas/" + name)) {
            return json.readTree(in);
        }
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        if (node.isArray()) {
            node.forEach(n -> names.add(n.asText()));
        } else {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }
}
