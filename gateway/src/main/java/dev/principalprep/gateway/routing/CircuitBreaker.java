package dev.principalprep.gateway.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A route's circuit: after {@code threshold} failures in a row it opens, and calls fail fast until {@code openFor}
 * has passed; then one call is let through, and a success closes it again.
 */
public final class CircuitBreaker {

    private final int threshold;
    private final Duration openFor;
    private final Clock clock;
    private int failures;
    private Instant openUntil = Instant.MIN;

    public CircuitBreaker(int threshold, Duration openFor, Clock clock) {
        this.threshold = threshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    public synchronized boolean allows() {
        return !clock.instant().isBefore(openUntil);
    }

    /** Seconds until the circuit lets a call through again, for Retry-After. */
    public synchronized long retryAfterSeconds() {
        return Math.max(1, Duration.between(clock.instant(), openUntil).toSeconds());
    }

    public synchronized void success() {
        failures = 0;
        openUntil = Instant.MIN;
    }

    public synchronized void failure() {
        failures++;
        if (failures >= threshold) {
            openUntil = clock.instant().plus(openFor);
        }
    }
}
