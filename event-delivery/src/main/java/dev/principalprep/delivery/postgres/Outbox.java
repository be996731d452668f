package dev.principalprep.delivery.postgres;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.principalprep.delivery.outbox.PendingEvent;
import io.smallrye.mutiny.Uni;

/**
 * The transactional outbox of a PostgreSQL service: {@link #append} joins the caller's transaction, so an event exists
 * exactly when the change it announces was committed. The table's trigger notifies the relay at that commit (see
 * {@link CommitListener}); the event's id is fixed by the fact (see {@link PendingEvent#idOf}).
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;

    public Outbox(ObjectMapper json) {
        this.json = json;
    }

    public Uni<OutboxEvent> append(String topic, String key, String type, String subject, Object data) {
        OutboxEvent event = new OutboxEvent();
        try {
            event.payload = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        event.id = UUID.fromString(PendingEvent.idOf(type, key, event.payload));
        event.topic = topic;
        event.recordKey = key;
        event.type = type;
        event.subject = subject;
        event.createdAt = OffsetDateTime.now();
        return event.persist();
    }
}
