package dev.principalprep.delivery.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * An event written to an outbox and not yet acknowledged by Kafka. {@code id} is its CloudEvents id, {@code key} its
 * record key (the aggregate id), {@code payload} its data as JSON.
 */
public record PendingEvent(String id, String topic, String key, String type, String subject, String payload,
        Instant createdAt) {

    /**
     * The id of an event, fixed by the fact it announces: the same type, key and data always give the same id, so a
     * fact written twice collides in the outbox and a repeated publish is recognised by every consumer's inbox.
     */
    public static String idOf(String type, String key, String payload) {
        return UUID.nameUUIDFromBytes((type + '\n' + key + '\n' + payload).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
