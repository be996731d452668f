package dev.principalprep.gateway.upstream;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.principalprep.gateway.config.GatewayConfig;
import dev.principalprep.gateway.config.Upstreams;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.RequestOptions;

/**
 * The gateway's one client for the JSON it asks of the services itself (the dashboard, a learner's export), with the
 * caller's token: a pool of keep-alive connections shared by every such call.
 */
@ApplicationScoped
public class UpstreamJson {

    private final GatewayConfig config;
    private final ObjectMapper json;
    private final HttpClient client;

    public UpstreamJson(GatewayConfig config, ObjectMapper json, Vertx vertx) {
        this.config = config;
        this.json = json;
        this.client = vertx.createHttpClient();
    }

    /** The service's JSON answer to a GET; a failure when it answers anything but 200 with JSON, or not in time. */
    public Uni<JsonNode> get(String routeId, String path, String authorization, long timeoutMillis) {
        RequestOptions request = Upstreams.get(config.routes().get(routeId), path, timeoutMillis)
                .putHeader("Authorization", authorization).putHeader("Accept", "application/json");
        return Uni.createFrom().completionStage(() -> client.request(request)
                .compose(r -> r.send().compose(response -> response.statusCode() == 200 ? response.body()
                        : Future.failedFuture(routeId + " answered " + response.statusCode())))
                .toCompletionStage())
                .map(body -> {
                    try {
                        return json.readTree(body.toString());
                    } catch (Exception e) {
                        throw new IllegalStateException(routeId + " answered something other than JSON", e);
                    }
                });
    }
}
