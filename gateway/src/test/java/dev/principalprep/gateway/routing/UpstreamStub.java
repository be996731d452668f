package dev.principalprep.gateway.routing;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

/**
 * Stands in for the three services: echoes what reached it, so tests see exactly what the gateway forwarded; its
 * OpenAPI document is unavailable, like a service still starting.
 */
public class UpstreamStub implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        try {
            HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
                if (request.path().equals("/api/v1/slow")) {
                    vertx.setTimer(3000, t -> request.response().end("{\"late\": true}"));
                    return;
                }
                if (request.path().equals("/api/v1/fail")) {
                    request.response().setStatusCode(500).end("java.lang.NullPointerException at dev.example.Secret.line(42)");
                    return;
                }
                if (request.path().equals("/q/openapi")) {
                    // As a service still starting would: the gateway falls back on its last good copy.
                    request.response().setStatusCode(503).end();
                    return;
                }
                JsonObject echo = new JsonObject()
                        .put("method", request.method().name())
                        .put("uri", request.uri())
                        .put("body", body.toString())
                        .put("requestId", request.getHeader("X-Request-Id"))
                        .put("forwardedFor", request.getHeader("X-Forwarded-For"))
                        .put("connection", request.getHeader("Connection"));
                request.response().putHeader("Content-Type", "application/json").end(echo.encode());
            })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            String uri = "http://127.0.0.1:" + server.actualPort();
            int closed;
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                closed = socket.getLocalPort();
            }
            Map<String, String> config = new java.util.HashMap<>(Map.of("gateway.routes.content.uri", uri,
                    "gateway.routes.cost.uri", uri, "gateway.routes.progress.uri", uri));
            // Routes that misbehave: too slow for their timeout, failing with internals, and nobody listening.
            config.putAll(Map.of("gateway.routes.slow.uri", uri, "gateway.routes.slow.paths", "/api/v1/slow",
                    "gateway.routes.slow.timeout", "1s", "gateway.routes.fail.uri", uri, "gateway.routes.fail.paths",
                    "/api/v1/fail", "gateway.routes.down.uri", "http://127.0.0.1:" + closed,
                    "gateway.routes.down.paths", "/api/v1/down", "gateway.breaker.failure-threshold", "3"));
            return config;
        } catch (Exception e) {
            throw new IllegalStateException("upstream stub did not start", e);
        }
    }

    @Override
    public void stop() {
        vertx.close();
    }
}
