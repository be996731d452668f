package dev.principalprep.progress.curriculum;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An item's published attributes, stored beside it as a JSON object of strings. */
public final class ItemAttributes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };

    private ItemAttributes() {
    }

    static String write(Map<String, String> attributes) {
        try {
            return attributes == null || attributes.isEmpty() ? null : JSON.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The attributes of an item; empty when it has none. */
    public static Map<String, String> of(CurriculumItem item) {
        try {
            return item.attributes == null ? Map.of() : JSON.readValue(item.attributes, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored attributes of " + item.itemId + " unreadable", e);
        }
    }
}
