package dev.principalprep.delivery.postgres;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.principalprep.delivery.outbox.PendingEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The transactional outbox of a PostgreSQL service: an event exists exactly when the change it announces was committed.
 * {@link #append} joins the caller's transaction; {@link #appendWith} writes a change of one statement and its event as
 * one statement. The table's trigger notifies the relay at that commit (see {@link CommitListener}); the event's id is
 * fixed by the fact (see {@link PendingEvent#idOf}).
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = "insert into outbox_event (id, topic, record_key, type, subject, payload, "
            + "created_at) values ($%d, $%d, $%d, $%d, $%d, $%d, $%d)";

    private final ObjectMapper json;
    private final Pool pool;

    public Outbox(ObjectMapper json, Pool pool) {
        this.json = json;
        this.pool = pool;
    }

    public Uni<OutboxEvent> append(String topic, String key, String type, String subject, Object data) {
        OutboxEvent event;
        try {
            event = event(topic, key, type, subject, data);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        return event.persist();
    }

    /**
     * Writes {@code change} (one data-modifying statement, its parameters numbered from $1) and the event announcing it
     * as one statement, {@code with change as (...) insert into outbox_event ...}: one round trip, in the implicit
     * transaction of that statement, so both rows are committed together or neither is. PostgreSQL runs a
     * data-modifying {@code with} to its end whether or not the statement reads it. Against {@link #append} in a
     * transaction, that saves the begin, the commit and a round trip per statement.
     */
    public Uni<Void> appendWith(String change, List<Object> changeArguments, String topic, String key, String type,
            String subject, Object data) {
        OutboxEvent event;
        try {
            event = event(topic, key, type, subject, data);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        int n = changeArguments.size();
        String sql = "with change as (" + change + ") "
                + INSERT.formatted(n + 1, n + 2, n + 3, n + 4, n + 5, n + 6, n + 7);
        List<Object> arguments = new ArrayList<>(changeArguments);
        arguments.addAll(Arrays.asList(event.id, event.topic, event.recordKey, event.type, event.subject,
                event.payload, event.createdAt));
        return pool.preparedQuery(sql).execute(Tuple.from(arguments)).replaceWithVoid();
    }

    private OutboxEvent event(String topic, String key, String type, String subject, Object data)
            throws JsonProcessingException {
        OutboxEvent event = new OutboxEvent();
        event.payload = json.writeValueAsString(data);
        event.id = UUID.fromString(PendingEvent.idOf(type, key, event.payload));
        event.topic = topic;
        event.recordKey = key;
        event.type = type;
        event.subject = subject;
        event.createdAt = OffsetDateTime.now();
        return event;
    }
}
