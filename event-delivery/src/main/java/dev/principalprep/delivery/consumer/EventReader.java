package dev.principalprep.delivery.consumer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import dev.principalprep.events.EventType;

/**
 * Reads an event's data as its consumer expects it: the CloudEvents type it must carry, valid against the type's JSON
 * schema (from {@code event-contracts}), then as its record. Anything else is a {@link PoisonEvent} saying why.
 */
public final class EventReader {

    // The schema has decided what is allowed; the records refuse a null where a number is required. The record is read
    // from the text, not from the tree the schema checked, so amounts keep their decimals exactly.
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> LOADED = new ConcurrentHashMap<>();

    private EventReader() {
    }

    public static <T> IncomingEvent<T> read(String id, String type, String topic, String value, EventType<T> expected,
            Instant time) {
        if (id == null || id.isBlank()) {
            throw new PoisonEvent("no CloudEvents id (not a CloudEvent, or not in binary mode)");
        }
        if (!expected.type().equals(type)) {
            throw new PoisonEvent("event type " + type + ", expected " + expected.type());
        }
        if (value == null) {
            throw new PoisonEvent("no data");
        }
        JsonNode data;
        try {
            data = JSON.readTree(value);
        } catch (JsonProcessingException e) {
            throw new PoisonEvent("data is not JSON: " + e.getOriginalMessage());
        }
        Set<String> violations = violations(expected, data);
        if (!violations.isEmpty()) {
            throw new PoisonEvent("data violates " + expected.schema() + ": " + String.join("; ", violations));
        }
        try {
            return new IncomingEvent<>(id, topic, JSON.readValue(value, expected.data()), time);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEvent("unreadable " + expected.data().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** What in {@code data} breaks the type's schema; empty when it is valid. */
    public static Set<String> violations(EventType<?> type, JsonNode data) {
        return schema(type).validate(data).stream().map(ValidationMessage::getMessage)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static JsonSchema schema(EventType<?> type) {
        return LOADED.computeIfAbsent(type.schema(), name -> {
            try (InputStream in = EventType.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("no schema " + name + " on the classpath");
                }
                return SCHEMAS.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
