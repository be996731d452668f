package dev.principalprep.progress.inbox;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Header;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.principalprep.events.CloudEventHeaders;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/** An incoming event: its CloudEvents id and its data, or a {@link PoisonEvent} that says why it cannot be read. */
public record EventEnvelope<T>(String id, T data) {

    // A tolerant reader: fields a newer producer adds are ignored; the event records refuse missing required ones.
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public static <T> EventEnvelope<T> read(IncomingKafkaRecordMetadata<?, ?> record, String value, String expectedType,
            Class<T> dataType) {
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        if (id == null || id.isBlank()) {
            throw new PoisonEvent("no " + CloudEventHeaders.ID + " header");
        }
        if (!expectedType.equals(type)) {
            throw new PoisonEvent("event type " + type + ", expected " + expectedType);
        }
        if (value == null) {
            throw new PoisonEvent("no value");
        }
        try {
            return new EventEnvelope<>(id, JSON.readValue(value, dataType));
        } catch (JsonProcessingException e) {
            throw new PoisonEvent("unreadable " + dataType.getSimpleName() + ": " + e.getOriginalMessage());
        }
    }

    private static String header(IncomingKafkaRecordMetadata<?, ?> record, String name) {
        Header header = record.getHeaders().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
