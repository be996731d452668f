package dev.principalprep.delivery.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.smallrye.mutiny.Uni;

/**
 * Where a service keeps the events it has still to send, read by {@link OutboxRelay}. A claim is a lease: the events
 * it returns are not returned to any other claim (of this or another replica) until they are marked sent, released,
 * or the lease runs out, so replicas share one outbox without sending an event twice, and what a crashed replica had
 * claimed is sent by another once the lease expires.
 */
public interface OutboxStore {

    /** Up to {@code limit} unsent events, oldest first, that nobody holds a lease on; leased for {@code lease}. */
    Uni<List<PendingEvent>> claim(int limit, Duration lease);

    /** Records that Kafka acknowledged these events (one write for the batch). */
    Uni<Void> markSent(List<PendingEvent> events);

    /** Gives up the lease on events that could not be sent, so the next claim takes them again. */
    Uni<Void> release(List<PendingEvent> events);

    /** Deletes the events sent before {@code sentBefore}; returns how many. */
    Uni<Long> prune(Instant sentBefore);

    Uni<Backlog> backlog();
}
