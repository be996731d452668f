package dev.principalprep.gateway.routing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The {@code gateway.requests} timers, one per route, path template and status, registered the first time each is
 * needed and looked up afterwards: an answered request records its duration without building or registering a meter.
 * They cover every answer of the public port, forwarded or refused, labelled with the service that owns the path
 * (route {@value #GATEWAY_ROUTE} for the gateway's own paths); this is why Quarkus's HTTP server metrics, which
 * register a timer per answer, are off. Path templates are the contract's (bounded), never raw paths.
 */
final class RequestTimers {

    static final String NAME = "gateway.requests";
    /** The route label of an answer the gateway gives itself: its own resources and refusals before forwarding. */
    static final String GATEWAY_ROUTE = "gateway";

    private record Key(String route, String path, int status) {
    }

    private final MeterRegistry meters;
    private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

    RequestTimers(MeterRegistry meters) {
        this.meters = meters;
    }

    Timer timer(String route, String path, int status) {
        return timers.computeIfAbsent(new Key(route, path, status), key -> Timer.builder(NAME)
                .description("Requests answered on the public port, by route (the service owning the path, or"
                        + " gateway), path template and status, from arrival to the end of the answer")
                .tag("route", key.route()).tag("path", key.path()).tag("status", String.valueOf(key.status()))
                .publishPercentileHistogram().register(meters));
    }
}
