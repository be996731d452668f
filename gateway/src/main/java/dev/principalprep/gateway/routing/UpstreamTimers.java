package dev.principalprep.gateway.routing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The {@code gateway.upstream.requests} timers, one per route, path template and status, registered the first time
 * each is needed and looked up afterwards: a forwarded request records its duration without building or registering
 * a meter. Path templates are the contract's (bounded), never raw paths.
 */
final class UpstreamTimers {

    static final String NAME = "gateway.upstream.requests";

    private record Key(String route, String path, int status) {
    }

    private final MeterRegistry meters;
    private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

    UpstreamTimers(MeterRegistry meters) {
        this.meters = meters;
    }

    Timer timer(String route, String path, int status) {
        return timers.computeIfAbsent(new Key(route, path, status), key -> Timer.builder(NAME)
                .description("Requests forwarded, by route, path template and status, from arrival to the end of the answer")
                .tag("route", key.route()).tag("path", key.path()).tag("status", String.valueOf(key.status()))
                .publishPercentileHistogram().register(meters));
    }
}
