package dev.principalprep.delivery.outbox;

import java.time.Duration;
import java.time.Instant;

/** What an outbox still has to send: how many events, and how long the oldest has waited. */
public record Backlog(long pending, Duration oldestAge) {

    public static final Backlog EMPTY = new Backlog(0, Duration.ZERO);

    public static Backlog of(long pending, Instant oldest, Instant now) {
        return pending == 0 || oldest == null ? EMPTY : new Backlog(pending, Duration.between(oldest, now));
    }
}
