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

    static final String PROGRESS = """
            [{"moduleId": "module-9", "title": "Module 9: Career & Interview Strategy", "percentComplete": 5.3,
              "itemsCompleted": 1, "itemsTotal": 74, "minutesSpent": 40, "minutesRemaining": 625,
              "estimate": {"minMinutes": 600, "maxMinutes": 720, "curriculumMinutes": 665},
              "costPractice": {"passes": 1, "target": 3, "done": false},
              "items": [{"id": "clarify-requirements", "kind": "STEP", "title": "Clarify Requirements",
                         "estimatedMinutes": 40, "status": "COMPLETED", "minutesSpent": 40},
                        {"id": "estimate-scale", "kind": "STEP", "title": "Estimate Scale", "estimatedMinutes": 35,
                         "status": "NOT_STARTED", "minutesSpent": 0},
                        {"id": "high-level-design", "kind": "STEP", "title": "High-Level Design", "estimatedMinutes": 45,
                         "status": "NOT_STARTED", "minutesSpent": 0},
                        {"id": "deep-dive", "kind": "STEP", "title": "Deep Dive", "estimatedMinutes": 45,
                         "status": "IN_PROGRESS", "minutesSpent": 10},
                        {"id": "monitoring", "kind": "STEP", "title": "Monitoring", "estimatedMinutes": 30,
                         "status": "NOT_STARTED", "minutesSpent": 0}],
              "nextItem": {"id": "deep-dive", "kind": "STEP", "title": "Deep Dive", "estimatedMinutes": 45,
                           "status": "IN_PROGRESS", "minutesSpent": 10}}]""";
    static final String STORIES = """
            {"stories": [], "count": 6, "targetMin": 5, "targetMax": 7, "target": "within the module's 5 to 7"}""";
    static final String PLAN = """
            {"plan": [{"skillId": "finops", "skill": "FinOps", "level": 2, "target": 4, "gap": 2, "priority": 1,
                       "estimatedHours": 65}], "onTrack": []}""";
    static final String ESTIMATES = """
            {"items": [{"id": "0b6f3c1e-8d0a-4c57-9a43-1f0e6f1d2a10", "name": "Module 9 example", "totalLow": 27300.00,
                        "totalHigh": 42300.00,
                        "createdAt": "2026-11-27T09:30:00Z"}], "page": 0, "size": 3, "total": 1}""";
    static final String REVIEW = """
            {"today": "2026-11-27", "streakDays": 3, "reviewedToday": 12, "dueToday": 4, "newCards": 20,
             "forecast": [{"day": "2026-11-27", "due": 4}, {"day": "2026-11-28", "due": 9}], "modules": [],
             "algorithm": "SM-2"}""";

    /** A port nobody listens on until a test starts a service there. */
    public static final int REVIVED_PORT = freePort();

    /** Every path the stub was asked for, so a test can tell a refused request never reached a service. */
    public static final java.util.List<String> RECEIVED = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Vertx vertx;

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] plain) {
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(zipped)) {
            out.write(plain);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return zipped.toByteArray();
    }

    private static String subject(String authorization) {
        if (authorization == null || authorization.split("\\.").length < 2) {
            return "";
        }
        String claims = new String(java.util.Base64.getUrlDecoder().decode(authorization.split("\\.")[1]));
        return new JsonObject(claims).getString("sub", "");
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        try {
            HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
                RECEIVED.add(request.path());
                if (request.path().equals("/api/v1/unwell")) {
                    request.response().setStatusCode(503).putHeader("Retry-After", "7")
                            .putHeader("Content-Type", "application/problem+json").end("{\"status\": 503}");
                    return;
                }
                if (request.path().equals("/api/v1/learners/me/progress")) {
                    request.response().putHeader("Content-Type", "application/json").end(PROGRESS);
                    return;
                }
                if (request.path().equals("/api/v1/learners/me/stories")) {
                    request.response().putHeader("Content-Type", "application/json").end(STORIES);
                    return;
                }
                if (request.path().equals("/api/v1/learners/me/modules/module-9/skills/plan")) {
                    // Before an assessment the service answers 404; for one learner it fails.
                    String learner = subject(request.getHeader("Authorization"));
                    int status = learner.equals("learner-not-assessed") ? 404
                            : learner.equals("learner-plan-fails") ? 500 : 200;
                    request.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                            .end(status == 200 ? PLAN : "{\"status\": " + status + "}");
                    return;
                }
                if (request.path().equals("/api/v1/learners/me/review")) {
                    request.response().putHeader("Content-Type", "application/json").end(REVIEW);
                    return;
                }
                if (request.path().equals("/api/v1/estimates") && "size=3".equals(request.query())) {
                    boolean failing = subject(request.getHeader("Authorization")).equals("learner-without-estimates");
                    request.response().setStatusCode(failing ? 500 : 200).putHeader("Content-Type", "application/json")
                            .end(failing ? "boom" : ESTIMATES);
                    return;
                }
                if (request.path().equals("/api/v1/modules/compressed")) {
                    // As a service with compression on: gzip for a client that accepts it, the JSON as is otherwise.
                    byte[] json = ("{\"text\": \"" + "spot instances save 60-80% ".repeat(100) + "\"}").getBytes();
                    boolean gzip = String.valueOf(request.getHeader("Accept-Encoding")).contains("gzip");
                    request.response().putHeader("Content-Type", "application/json")
                            .putHeader("Content-Encoding", gzip ? "gzip" : "identity")
                            .end(io.vertx.core.buffer.Buffer.buffer(gzip ? gzip(json) : json));
                    return;
                }
                if (request.path().endsWith("/export")
                        && subject(request.getHeader("Authorization")).equals("learner-export-down")) {
                    request.response().setStatusCode(503).end();
                    return;
                }
                if (request.path().equals("/api/v1/slow")) {
                    vertx.setTimer(3000, t -> request.response().end("{\"late\": true}"));
                    return;
                }
                if (request.path().equals("/api/v1/patient")) {
                    // Answers after the wait asked for, within its route's timeout.
                    vertx.setTimer(Math.max(1, Long.parseLong(request.getParam("wait"))),
                            t -> request.response().putHeader("Content-Type", "application/json").end("{\"done\": true}"));
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
                        .put("forwardedProto", request.getHeader("X-Forwarded-Proto"))
                        .put("forwardedHost", request.getHeader("X-Forwarded-Host"))
                        .put("forwardedPrefix", request.getHeader("X-Forwarded-Prefix"))
                        .put("connection", request.getHeader("Connection"));
                request.response().putHeader("Content-Type", "application/json").end(echo.encode());
            })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            String uri = "http://127.0.0.1:" + server.actualPort();
            int closed;
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                closed = socket.getLocalPort();
            }
            Map<String, String> config = new java.util.HashMap<>(Map.of("gateway.routes.content.uri", uri,
                    "gateway.routes.cost.uri", uri, "gateway.routes.progress.uri", uri,
                    "gateway.routes.content.management-uri", uri, "gateway.routes.cost.management-uri", uri,
                    "gateway.routes.progress.management-uri", uri));
            // Routes that misbehave: too slow for their timeout, failing with internals, and nobody listening.
            config.putAll(Map.of("gateway.routes.slow.uri", uri, "gateway.routes.slow.paths", "/api/v1/slow",
                    "gateway.routes.slow.timeout", "1s", "gateway.routes.fail.uri", uri, "gateway.routes.fail.paths",
                    "/api/v1/fail", "gateway.routes.down.uri", "http://127.0.0.1:" + closed,
                    "gateway.routes.down.paths", "/api/v1/down", "gateway.breaker.failure-threshold", "3",
                    "gateway.breaker.open-for", "2s"));
            config.putAll(Map.of("gateway.routes.revived.uri", "http://127.0.0.1:" + REVIVED_PORT,
                    "gateway.routes.revived.paths", "/api/v1/revived", "gateway.routes.unwell.uri", uri,
                    "gateway.routes.unwell.paths", "/api/v1/unwell", "gateway.routes.patient.uri", uri,
                    "gateway.routes.patient.paths", "/api/v1/patient", "gateway.routes.patient.timeout", "3s",
                    "gateway.routes.flaky.uri",
                    "http://127.0.0.1:" + closesKeptAliveConnections(), "gateway.routes.flaky.paths", "/api/v1/flaky"));
            // Its management interface takes connections and never answers: the gateway's readiness must not wait on it.
            config.putAll(Map.of("gateway.routes.silent.uri", uri, "gateway.routes.silent.paths", "/api/v1/silent",
                    "gateway.routes.silent.management-uri", "http://127.0.0.1:" + neverAnswers(),
                    "gateway.routes.silent.timeout", "60s"));
            return config;
        } catch (Exception e) {
            throw new IllegalStateException("upstream stub did not start", e);
        }
    }

    /**
     * A service that answers the first request on each connection, keeps it alive, and closes it without a word when
     * a second request arrives on it: a keep-alive connection closed by the other side while pooled.
     */
    private int closesKeptAliveConnections() throws Exception {
        return vertx.createNetServer().connectHandler(socket -> {
            int[] requests = { 0 };
            socket.handler(data -> {
                if (!data.toString().contains("\r\n\r\n")) {
                    return;
                }
                if (++requests[0] > 1) {
                    socket.close();
                    return;
                }
                String body = "{\"fresh\": true}";
                socket.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                        + "\r\n\r\n" + body);
            });
        }).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
    }

    /** A service that takes connections and never says a word. */
    private int neverAnswers() throws Exception {
        return vertx.createNetServer().connectHandler(socket -> socket.handler(data -> {
        })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
    }

    @Override
    public void stop() {
        vertx.close();
    }
}
