package dev.principalprep.progress.inbox;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

/**
 * Remembers the events applied. Called inside the transaction that applies an event, so the id and the effect are
 * written together or not at all: a redelivered or replayed event is recognised and skipped.
 */
@ApplicationScoped
public class Inbox {

    /** True the first time an event id is seen (and records it); false for a repeat. */
    public Uni<Boolean> firstTime(String eventId, String topic) {
        return ProcessedEvent.<ProcessedEvent> findById(eventId).chain(seen -> {
            if (seen != null) {
                return Uni.createFrom().item(false);
            }
            ProcessedEvent processed = new ProcessedEvent();
            processed.eventId = eventId;
            processed.topic = topic;
            processed.processedAt = OffsetDateTime.now();
            return processed.persist().replaceWith(true);
        });
    }
}
