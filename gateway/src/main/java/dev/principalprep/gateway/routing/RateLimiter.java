package dev.principalprep.gateway.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fixed-window limit per key (a token's subject, else the client's address): {@code limit} requests per window.
 * Windows of keys not seen for a while are dropped, so memory follows the active clients.
 */
public final class RateLimiter {

    /** The outcome for one request: allowed or not, what is left, and when the window resets. */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {
    }

    private record Window(Instant start, int count) {
    }

    private static final int PRUNE_ABOVE = 10_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    public Decision acquire(String key) {
        Instant now = clock.instant();
        if (windows.size() > PRUNE_ABOVE) {
            windows.values().removeIf(w -> !now.isBefore(w.start().plus(window)));
        }
        Window current = windows.compute(key, (k, w) -> w == null || !now.isBefore(w.start().plus(window))
                ? new Window(now, 1)
                : new Window(w.start(), w.count() + 1));
        long reset = Math.max(1, Duration.between(now, current.start().plus(window)).toSeconds());
        return new Decision(current.count() <= limit, limit, Math.max(0, limit - current.count()), reset);
    }
}
