package dev.principalprep.progress.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class ExportDocumentTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void eachPartKeepsItsRowsUnderCamelCaseNames() throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("itemProgress", "[{\"module_id\": \"m\", \"minutes_spent\": 25, \"status\": \"COMPLETED\"}]");
        parts.put("stories", "[]");
        ObjectNode document = new ExportDocument(json).build("l-1", "2026-11-28T07:00:00Z", parts);
        assertEquals(json.readTree("""
                {"learnerId": "l-1", "exportedAt": "2026-11-28T07:00:00Z",
                 "itemProgress": [{"moduleId": "m", "minutesSpent": 25, "status": "COMPLETED"}], "stories": []}"""),
                document);
    }

    @Test
    void columnNamesBecomeCamelCase() {
        assertEquals("lastReviewedAt", ExportDocument.camelCase("last_reviewed_at"));
        assertEquals("id", ExportDocument.camelCase("id"));
    }
}
