package dev.principalprep.gateway.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 */
@Readiness
@ApplicationScoped
public class UpstreamsHealthCheck implements AsyncHealthCheck {

    private static final long TIMEOUT_MS = 2000;

    private final GatewayConfig config;
    private final UpstreamCalls upstreams;

    public UpstreamsHealthCheck(GatewayConfig config, UpstreamCalls upstreams) {
        this.config = config;
        this.upstreams = upstreams;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Uni<Map.Entry<String, String>>> checks = new ArrayList<>();
        config.routes().forEach((id, route) -> checks.add(check(id, route)));
        return Uni.join().all(checks).andFailFast().map(results -> {
            HealthCheckResponseBuilder builder = HealthCheckResponse.named("upstreams").up();
            results.forEach(result -> builder.withData(result.getKey(), result.getValue()));
            return builder.build();
        });
    }

    private Uni<Map.Entry<String, String>> check(String id, GatewayConfig.Route route) {
        RequestOptions request = UpstreamCalls.get(route.managementUri().orElse(route.uri()), "/q/health/ready", TIMEOUT_MS);
        return upstreams.status(request)
                .map(status -> status == 200 ? "UP" : "DOWN (" + status + ")")
                .onFailure().recoverWithItem(failure -> "DOWN (not answering)")
                .map(status -> Map.entry(id, status));
    }
}
