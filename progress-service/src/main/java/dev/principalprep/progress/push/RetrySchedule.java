package dev.principalprep.progress.push;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When a failed push is tried again: after the n-th failed attempt, the n-th delay of the schedule. A webhook delivery
 * gives up once the schedule is spent; LRS forwarding never gives up (statements must not be lost) and keeps waiting
 * the last delay.
 */
public final class RetrySchedule {

    private final List<Duration> delays;

    public RetrySchedule(List<Duration> delays) {
        if (delays.isEmpty()) {
            throw new IllegalArgumentException("a retry schedule needs at least one delay");
        }
        this.delays = List.copyOf(delays);
    }

    /** The wait before the next attempt after {@code failedAttempts} failures, empty once the schedule is spent. */
    public Optional<Duration> next(int failedAttempts) {
        requirePositive(failedAttempts);
        return failedAttempts <= delays.size() ? Optional.of(delays.get(failedAttempts - 1)) : Optional.empty();
    }

    /** The wait before the next attempt, the last delay again once the schedule is spent. */
    public Duration nextOrLast(int failedAttempts) {
        return next(failedAttempts).orElse(delays.get(delays.size() - 1));
    }

    /** How many attempts a delivery gets in all: the first and one after each delay. */
    public int attempts() {
        return delays.size() + 1;
    }

    private static void requirePositive(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("a retry follows at least one failed attempt");
        }
    }
}
