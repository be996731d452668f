package dev.principalprep.gateway.routing;

import java.time.Duration;

import io.vertx.core.Future;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Turns what goes wrong upstream into problem+json without internals: 503 when the service cannot be reached or its
 * circuit is open, 504 when it did not answer in time, 502 when it answered with a 5xx.
 */
final class UpstreamFailures implements ProxyInterceptor {

    private final String routeId;
    private final CircuitBreaker breaker;
    private final Duration timeout;

    UpstreamFailures(String routeId, CircuitBreaker breaker, Duration timeout) {
        this.routeId = routeId;
        this.breaker = breaker;
        this.timeout = timeout;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        if (!breaker.allows()) {
            return Future.succeededFuture(problem(context.request().response(), 503, "Service Unavailable",
                    "The " + routeId + " service is not answering; try again shortly")
                    .putHeader("Retry-After", String.valueOf(breaker.retryAfterSeconds())));
        }
        long started = System.nanoTime();
        return context.sendRequest().map(response -> {
            if (response.getStatusCode() >= 500) {
                breaker.failure();
                return problem(response, 502, "Bad Gateway", "The " + routeId + " service failed to answer this request");
            }
            breaker.success();
            return response;
        }).recover(failure -> {
            breaker.failure();
            // An idle timeout closes the connection like any failure would; the time it took tells them apart.
            boolean timedOut = Duration.ofNanos(System.nanoTime() - started).compareTo(timeout) >= 0;
            return Future.succeededFuture(timedOut
                    ? problem(context.request().response(), 504, "Gateway Timeout",
                            "The " + routeId + " service did not answer in time")
                    : problem(context.request().response(), 503, "Service Unavailable",
                            "The " + routeId + " service cannot be reached"));
        });
    }

    static ProxyResponse problem(ProxyResponse response, int status, String title, String detail) {
        response.headers().clear();
        return response.setStatusCode(status).setStatusMessage(title)
                .putHeader("Content-Type", ProxyRoutes.PROBLEM_JSON)
                .setBody(Body.body(ProxyRoutes.problemBody(status, title, detail).toBuffer()));
    }
}
