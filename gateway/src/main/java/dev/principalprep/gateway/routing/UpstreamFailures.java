package dev.principalprep.gateway.routing;

import java.net.ConnectException;
import java.time.Duration;
import java.util.Set;

import dev.principalprep.problems.Problem;
import dev.principalprep.problems.ProblemKind;
import io.smallrye.common.vertx.ContextLocals;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Sends the request and turns what goes wrong upstream into problem+json without internals: 503 when the service
 * cannot be reached or its circuit is open, 504 when it did not answer in time, 502 when it failed. Only what says
 * the service is unwell (no connection, no answer in time, 502/503/504 from it) counts against its circuit; a 500
 * one request caused does not. A pooled connection that fails before any byte of the answer (closed by the other
 * side while idle) is retried once on a fresh connection, for idempotent methods only.
 */
final class UpstreamFailures implements ProxyInterceptor {

    static final String BODY = "gateway.body";
    private static final Set<HttpMethod> RETRIABLE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.PUT,
            HttpMethod.DELETE);
    private static final Set<Integer> UNWELL = Set.of(502, 503, 504);

    private final String routeId;
    private final CircuitBreaker breaker;
    private final Duration timeout;
    private final HttpClient freshConnections;
    private final RequestOptions origin;

    UpstreamFailures(String routeId, CircuitBreaker breaker, Duration timeout, HttpClient freshConnections,
            RequestOptions origin) {
        this.routeId = routeId;
        this.breaker = breaker;
        this.timeout = timeout;
        this.freshConnections = freshConnections;
        this.origin = origin;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        if (!breaker.allows()) {
            ProxyResponse open = problem(context.request().response(), ProblemKind.SERVICE_UNAVAILABLE,
                    "The " + routeId + " service is not answering; try again shortly", context);
            return Future.succeededFuture(open.putHeader("Retry-After", String.valueOf(breaker.retryAfterSeconds())));
        }
        Buffer body = ContextLocals.<Buffer> get(BODY).orElse(null);
        if (body != null) {
            context.request().setBody(Body.body(body));
        }
        long started = System.nanoTime();
        return context.sendRequest().recover(failure -> {
            if (!RETRIABLE.contains(context.request().getMethod()) || failure instanceof ConnectException
                    || elapsed(started).compareTo(timeout) >= 0) {
                return Future.failedFuture(failure);
            }
            if (body != null) {
                context.request().setBody(Body.body(body));
            }
            return freshConnections.request(new RequestOptions(origin).setMethod(context.request().getMethod())
                    .setURI(context.request().getURI()).setTimeout(timeout.toMillis()))
                    .compose(request -> context.request().send(request));
        }).map(response -> {
            int status = response.getStatusCode();
            if (UNWELL.contains(status)) {
                breaker.failure();
                String retryAfter = response.headers().get("Retry-After");
                ProxyResponse answer = problem(response, ProblemKind.forStatus(status),
                        "The " + routeId + " service is unavailable for now", context);
                return retryAfter == null ? answer : answer.putHeader("Retry-After", retryAfter);
            }
            breaker.success();
            if (status >= 500) {
                return problem(response, ProblemKind.BAD_GATEWAY, "The " + routeId + " service failed to answer this request",
                        context);
            }
            return response;
        }).recover(failure -> {
            breaker.failure();
            // An idle timeout closes the connection like any failure would; the time it took tells them apart.
            boolean timedOut = elapsed(started).compareTo(timeout) >= 0;
            return Future.succeededFuture(timedOut
                    ? problem(context.request().response(), ProblemKind.GATEWAY_TIMEOUT,
                            "The " + routeId + " service did not answer in time", context)
                    : problem(context.request().response(), ProblemKind.SERVICE_UNAVAILABLE,
                            "The " + routeId + " service cannot be reached", context));
        });
    }

    private static Duration elapsed(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static ProxyResponse problem(ProxyResponse response, ProblemKind kind, String detail, ProxyContext context) {
        String requestPath = context.request().proxiedRequest().path();
        response.headers().clear();
        return response.setStatusCode(kind.status()).setStatusMessage(kind.title())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .setBody(Body.body(ProxyRoutes.problemBody(Problem.of(kind, detail, requestPath))));
    }
}
