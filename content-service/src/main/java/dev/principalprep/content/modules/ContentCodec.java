package dev.principalprep.content.modules;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Converts content records to BSON documents and back, through their JSON form. */
@ApplicationScoped
public class ContentCodec {

    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final ObjectMapper json;

    public ContentCodec(ObjectMapper json) {
        this.json = json;
    }

    public Document toDocument(Object value) {
        return Document.parse(toJson(value));
    }

    public String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    public <T> T fromDocument(Document document, Class<T> type) {
        try {
            return json.readValue(document.toJson(RELAXED), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " unreadable", e);
        }
    }
}
