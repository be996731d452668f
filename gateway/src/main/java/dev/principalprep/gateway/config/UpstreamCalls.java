package dev.principalprep.gateway.config;

import java.io.IOException;
import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * The gateway's own calls to the services (contract, health, dashboard, a learner's export), over one pooled client.
 * Proxied traffic has its own clients in {@code routing}, with the route's limits and circuit breaker.
 */
@ApplicationScoped
public class UpstreamCalls {

    private final HttpClient client;
    private final ObjectReader json;

    public UpstreamCalls(Vertx vertx, ObjectMapper json) {
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true));
        // Amounts pass through as the service wrote them: 42300.00 stays 42300.00, never a binary double.
        this.json = json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
    }

    public static RequestOptions get(GatewayConfig.Route route, String path, long timeoutMillis) {
        return get(route.uri(), path, timeoutMillis);
    }

    /** A GET on the caller's behalf: their token passed on, JSON asked for. */
    public static RequestOptions getAs(GatewayConfig.Route route, String path, long timeoutMillis, String authorization) {
        return get(route, path, timeoutMillis).putHeader("Authorization", authorization).putHeader("Accept",
                "application/json");
    }

    /** A GET to another address of the service, such as its management interface. */
    public static RequestOptions get(URI base, String path, long timeoutMillis) {
        return new RequestOptions().setMethod(HttpMethod.GET).setHost(base.getHost())
                .setPort(base.getPort() > 0 ? base.getPort() : 80).setURI(path).setTimeout(timeoutMillis);
    }

    /** The answer's status code; fails when the service does not answer in time. */
    public Uni<Integer> status(RequestOptions request) {
        return Uni.createFrom().completionStage(() -> client.request(request)
                .compose(r -> r.send())
                .map(response -> response.statusCode())
                .toCompletionStage());
    }

    /** A service's answer: its status and its body read as JSON (null when the body is not JSON). */
    public record JsonAnswer(int status, JsonNode body) {
    }

    /** The answer whatever its status; fails only when the service does not answer in time. */
    public Uni<JsonAnswer> answer(RequestOptions request) {
        return Uni.createFrom().completionStage(() -> client.request(request)
                .compose(r -> r.send().compose(response -> response.body()
                        .map(body -> new JsonAnswer(response.statusCode(), readOrNull(body.toString())))))
                .toCompletionStage());
    }

    /** The body of a 200 answer read as JSON; fails on any other status, a timeout or a body that is not JSON. */
    public Uni<JsonNode> json(RequestOptions request) {
        return answer(request).map(answer -> {
            if (answer.status() != 200 || answer.body() == null) {
                throw new IllegalStateException("status " + answer.status());
            }
            return answer.body();
        });
    }

    private JsonNode readOrNull(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
