package dev.principalprep.gateway.health;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import dev.principalprep.gateway.config.GatewayConfig;
import dev.principalprep.gateway.config.UpstreamCalls;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;

/**
 * Shows each upstream's readiness. The gateway itself stays ready when one is down: the other routes still answer,
 * and the down one answers 503 on its own.
 * <p>
 * An answer shows what each upstream's last finished check found, and starts a new check of every upstream whose
 * check is not running: it never waits for the services. So the gateway is ready as soon as it can answer, a slow
 * service delays neither a probe of the gateway nor the checks of the others, and any number of probes make at most
 * one call per upstream at a time. The price is that an answer is one probe interval old, and the very first says
 * {@value #NOT_YET_CHECKED}.
 */
@Readiness
@ApplicationScoped
public class UpstreamsHealthCheck implements AsyncHealthCheck {

    static final String NOT_YET_CHECKED = "UNKNOWN (first check under way)";

    private final GatewayConfig config;
    private final UpstreamCalls upstreams;
    private final Map<String, String> lastFound = new ConcurrentHashMap<>();
    private final Set<String> checking = ConcurrentHashMap.newKeySet();

    public UpstreamsHealthCheck(GatewayConfig config, UpstreamCalls upstreams) {
        this.config = config;
        this.upstreams = upstreams;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        config.routes().forEach(this::startCheck);
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("upstreams").up();
        config.routes().keySet().forEach(id -> builder.withData(id, lastFound.getOrDefault(id, NOT_YET_CHECKED)));
        return Uni.createFrom().item(builder.build());
    }

    /** Within the route's own timeout, as its proxied requests; a check already running is left to finish. */
    private void startCheck(String id, GatewayConfig.Route route) {
        if (!checking.add(id)) {
            return;
        }
        Uni.createFrom().deferred(() -> upstreams.status(UpstreamCalls.get(route.managementUri().orElse(route.uri()),
                "/q/health/ready", route.timeout().toMillis())))
                .map(status -> status == 200 ? "UP" : "DOWN (" + status + ")")
                .onFailure().recoverWithItem(failure -> "DOWN (not answering)")
                .onTermination().invoke(() -> checking.remove(id))
                .subscribe().with(status -> lastFound.put(id, status));
    }
}
