package dev.principalprep.progress.privacy;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds progress-service's part of a learner's export from the parts as the database gives them (JSON arrays of
 * rows with column names as keys): the same rows under the API's camelCase names.
 */
final class ExportDocument {

    private final ObjectMapper json;

    ExportDocument(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode build(String learner, String exportedAt, Map<String, String> parts) {
        ObjectNode document = json.createObjectNode().put("learnerId", learner).put("exportedAt", exportedAt);
        parts.forEach((part, rows) -> document.set(part, camelCaseKeys(read(rows))));
        return document;
    }

    private JsonNode read(String rows) {
        try {
            return json.readTree(rows);
        } catch (Exception e) {
            throw new IllegalStateException("the database answers JSON arrays", e);
        }
    }

    private JsonNode camelCaseKeys(JsonNode rows) {
        rows.forEach(row -> {
            if (row instanceof ObjectNode object) {
                ObjectNode renamed = json.createObjectNode();
                Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
                fields.forEachRemaining(field -> renamed.set(camelCase(field.getKey()), field.getValue()));
                object.removeAll().setAll(renamed);
            }
        });
        return rows;
    }

    static String camelCase(String column) {
        StringBuilder name = new StringBuilder(column.length());
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
