package dev.principalprep.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The gateway's settings: the routing table (which service owns which public path prefixes) and dev tokens. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Routes by id ({@code content}, {@code cost}, {@code progress}). */
    Map<String, Route> routes();

    /**
     * Paths under a service's prefix that the gateway answers itself, composing the answers of several services (a
     * learner's export); {@code *} stands for one path segment.
     */
    @WithDefault("/api/v1/learners/*/export")
    List<String> composedPaths();

    /** The route ids of the services that hold learner data, each asked for its part of a learner's export. */
    @WithDefault("progress,cost")
    List<String> learnerDataRoutes();

    /** Signed tokens on request, for local runs and tests. */
    DevTokens devTokens();

    /** Whether {@code POST /api/v1/dev/tokens} answers; only ever in the local and test profiles. */
    interface DevTokens {

        @WithDefault("false")
        boolean enabled();
    }

    /** One upstream service and the path prefixes it answers. */
    interface Route {

        /** Base URI of the service, such as {@code http://127.0.0.1:8081}. */
        URI uri();

        /** Public path prefixes, such as {@code /api/v1/modules}; a prefix matches itself and what lies below it. */
        List<String> paths();

        /** Where the service's management interface answers {@code /q/health}; the {@code uri} when not set. */
        Optional<URI> managementUri();

        /** How long to wait to connect, and for the service to say something, before answering 503 or 504. */
        @WithDefault("5s")
        Duration timeout();
    }

    /** The largest request body forwarded, in bytes; a larger one is answered 413. */
    @WithDefault("1048576")
    long maxBodyBytes();

    /**
     * Proxies whose {@code X-Forwarded-For} is believed (addresses or CIDR ranges, such as the ingress controller's):
     * an anonymous client is then limited by the address they report, never by one a client wrote itself.
     */
    Optional<List<String>> trustedProxies();

    /** Requests each client may make per window: a token's subject, else the client's address. */
    RateLimit rateLimit();

    /** The limit and its window. */
    interface RateLimit {

        @WithDefault("600")
        int requests();

        @WithDefault("60s")
        Duration window();

        /** Where every replica counts ({@code redis://host:6379}); without it, each gateway counts in its own memory. */
        Optional<String> redisUrl();
    }

    /** When a service keeps failing, stop calling it for a while and answer 503 at once. */
    Breaker breaker();

    /** Consecutive failures that open a route's circuit, and how long it stays open. */
    interface Breaker {

        @WithDefault("5")
        int failureThreshold();

        @WithDefault("10s")
        Duration openFor();
    }
}
