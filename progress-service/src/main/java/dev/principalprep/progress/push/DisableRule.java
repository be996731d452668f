package dev.principalprep.progress.push;

import java.time.Duration;
import java.time.Instant;

/**
 * When a webhook subscription stops receiving: after {@code failures} failed attempts in a row (any success resets
 * the count) spread over at least {@code over} since the first of them, so a burst of failures during a short outage
 * does not disable it, but an endpoint that has stayed broken does.
 */
public record DisableRule(int failures, Duration over) {

    public boolean disables(int consecutiveFailures, Instant failingSince, Instant now) {
        return consecutiveFailures >= failures && !failingSince.plus(over).isAfter(now);
    }
}
