package dev.principalprep.outbox;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * The transactional outbox: {@link #append} joins the caller's transaction, so an event exists exactly when the
 * change it announces was committed. {@link OutboxRelay} sends it later, whether or not Kafka was up at the time.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;

    public Outbox(ObjectMapper json) {
        this.json = json;
    }

    public Uni<OutboxEvent> append(String topic, String key, String type, String subject, Object data) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = topic;
        event.recordKey = key;
        event.type = type;
        event.subject = subject;
        event.createdAt = OffsetDateTime.now();
        try {
            event.payload = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        return event.persist();
    }

    Uni<List<OutboxEvent>> pending(int limit) {
        return OutboxEvent.<OutboxEvent> find("sentAt is null order by createdAt").page(0, limit).list();
    }

    Uni<Integer> markSent(UUID id) {
        return OutboxEvent.update("sentAt = ?1 where id = ?2", OffsetDateTime.now(), id);
    }
}
