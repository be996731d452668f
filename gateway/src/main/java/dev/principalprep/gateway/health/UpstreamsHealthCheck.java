package dev.principalprep.gateway.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import dev.principalprep.gateway.config.GatewayConfig;
import dev.principalprep.gateway.config.UpstreamCalls;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.RequestOptions;

/**
 * Shows each upstream's readiness. The gateway itself stays ready when one is down: the other routes still answer,
 * and the down one answers 503 on its own.
 * <p>
 * An answer shows what the last finished round of checks found, and starts the next round if none is running: it
 * never waits for the services. So the gateway is ready as soon as it can answer, a slow service never delays a
 * probe of the gateway, and any number of probes make at most one round of calls at a time. The price is that an
 * answer is one probe interval old, and the very first says {@value #NOT_YET_CHECKED}.
 */
@Readiness
@ApplicationScoped
public class UpstreamsHealthCheck implements AsyncHealthCheck {

    static final String NOT_YET_CHECKED = "UNKNOWN (first check under way)";

    private final GatewayConfig config;
    private final UpstreamCalls upstreams;
    private final Map<String, String> lastFound = new ConcurrentHashMap<>();
    private final AtomicBoolean checking = new AtomicBoolean();

    public UpstreamsHealthCheck(GatewayConfig config, UpstreamCalls upstreams) {
        this.config = config;
        this.upstreams = upstreams;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        startRound();
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("upstreams").up();
        config.routes().keySet().forEach(id -> builder.withData(id, lastFound.getOrDefault(id, NOT_YET_CHECKED)));
        return Uni.createFrom().item(builder.build());
    }

    private void startRound() {
        if (!checking.compareAndSet(false, true)) {
            return;
        }
        List<Uni<Void>> checks = new ArrayList<>();
        config.routes().forEach((id, route) -> checks.add(check(route).invoke(status -> lastFound.put(id, status))
                .replaceWithVoid()));
        Uni.join().all(checks).andCollectFailures().subscribe().with(done -> checking.set(false),
                failure -> checking.set(false));
    }

    /** Within the route's own timeout, as its proxied requests. */
    private Uni<String> check(GatewayConfig.Route route) {
        RequestOptions request = UpstreamCalls.get(route.managementUri().orElse(route.uri()), "/q/health/ready",
                route.timeout().toMillis());
        return upstreams.status(request)
                .map(status -> status == 200 ? "UP" : "DOWN (" + status + ")")
                .onFailure().recoverWithItem(failure -> "DOWN (not answering)");
    }
}
