package dev.principalprep.gateway.routing;

import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.principalprep.gateway.config.GatewayConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Forwards {@code /api/v1/**} to the owning service with Vert.x HTTP Proxy, over keep-alive pools per upstream. A path
 * no service owns falls through to the gateway's own resources, and from there to a problem+json 404.
 */
@ApplicationScoped
public class ProxyRoutes {

    static final String REQUEST_ID = "X-Request-Id";
    static final String ROUTE_HEADER = "X-Gateway-Route";
    static final String PROBLEM_JSON = "application/problem+json";

    private final RouteTable table;
    private final long maxBodyBytes;
    private final JWTParser tokens;
    private final RateLimiter limiter;
    private final MeterRegistry meters;
    private final Map<String, HttpProxy> proxies = new HashMap<>();

    public ProxyRoutes(GatewayConfig config, Vertx vertx, JWTParser tokens, MeterRegistry meters) {
        this.tokens = tokens;
        this.meters = meters;
        this.table = new RouteTable(config.routes());
        this.maxBodyBytes = config.maxBodyBytes();
        this.limiter = new RateLimiter(config.rateLimit().requests(), config.rateLimit().window(), Clock.systemUTC());
        config.routes().forEach((id, route) -> proxies.put(id, proxy(vertx, id, route,
                new CircuitBreaker(config.breaker().failureThreshold(), config.breaker().openFor(), Clock.systemUTC()))));
    }

    void register(@Observes Router router) {
        router.route("/api/v1/*").order(-1).handler(this::forward);
    }

    private void forward(RoutingContext context) {
        HttpServerRequest request = context.request();
        table.match(request.path()).ifPresentOrElse(target -> {
            String length = request.getHeader("Content-Length");
            if (length != null && length.matches("[0-9]{1,18}") && Long.parseLong(length) > maxBodyBytes) {
                context.response().putHeader("Connection", "close");
                problem(context, 413, "Content Too Large", "Request bodies are limited to " + maxBodyBytes + " bytes");
                return;
            }
            if (request.getHeader(REQUEST_ID) == null) {
                request.headers().set(REQUEST_ID, UUID.randomUUID().toString());
            }
            context.response().putHeader(REQUEST_ID, request.getHeader(REQUEST_ID));
            // Read by the access log line; harmless to the service that also receives it.
            request.headers().set(ROUTE_HEADER, target.routeId());
            boolean open = PublicRoutes.isPublic(request.method().name(), request.path());
            String authorization = request.getHeader("Authorization");
            if (open && authorization == null) {
                limitThenForward(context, target, clientAddress(request));
                return;
            }
            // Verified here and again by the service: a forged or expired token never reaches a service's queue.
            request.pause();
            context.vertx().<String> executeBlocking(() -> subject(authorization), false).onComplete(checked -> {
                String subject = checked.succeeded() ? checked.result() : null;
                if (subject != null || open) {
                    limitThenForward(context, target, subject != null ? "sub:" + subject : clientAddress(request));
                } else {
                    request.resume();
                    problem(context, 401, "Unauthorized", "A valid bearer token is required");
                }
            });
        }, context::next);
    }

    /** The subject of a valid bearer token, or null. */
    private String subject(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        try {
            return tokens.parse(authorization.substring(7).strip()).getSubject();
        } catch (ParseException e) {
            return null;
        }
    }

    private void limitThenForward(RoutingContext context, RouteTable.Target target, String client) {
        RateLimiter.Decision decision = limiter.acquire(client);
        HttpServerResponse response = context.response();
        response.putHeader("RateLimit-Limit", String.valueOf(decision.limit()))
                .putHeader("RateLimit-Remaining", String.valueOf(decision.remaining()))
                .putHeader("RateLimit-Reset", String.valueOf(decision.resetSeconds()));
        if (!decision.allowed()) {
            context.request().resume();
            response.putHeader("Retry-After", String.valueOf(decision.resetSeconds()));
            problem(context, 429, "Too Many Requests", "At most " + decision.limit() + " requests per window; retry after "
                    + decision.resetSeconds() + " s");
            return;
        }
        Timer.Sample sample = Timer.start(meters);
        context.addEndHandler(ended -> sample.stop(Timer.builder("gateway.upstream.requests")
                .description("Requests forwarded, by route and status, from arrival to the end of the answer")
                .tag("route", target.routeId()).tag("status", String.valueOf(context.response().getStatusCode()))
                .publishPercentileHistogram().register(meters)));
        proxies.get(target.routeId()).handle(context.request());
    }

    private static String clientAddress(HttpServerRequest request) {
        return "ip:" + (request.remoteAddress() == null ? "unknown" : request.remoteAddress().host());
    }

    private static void problem(RoutingContext context, int status, String title, String detail) {
        HttpServerResponse response = context.response().setStatusCode(status).putHeader("Content-Type", PROBLEM_JSON);
        if (status == 401) {
            response.putHeader("WWW-Authenticate", "Bearer");
        }
        response.end(problemBody(status, title, detail).encode());
    }

    /** An RFC 9457 body, the same for every answer the gateway makes itself. */
    static JsonObject problemBody(int status, String title, String detail) {
        return new JsonObject().put("type", "about:blank").put("title", title).put("status", status).put("detail", detail);
    }

    private static HttpProxy proxy(Vertx vertx, String id, GatewayConfig.Route route, CircuitBreaker breaker) {
        URI uri = route.uri();
        int port = uri.getPort() > 0 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(50)
                .setSsl("https".equals(uri.getScheme())).setConnectTimeout((int) route.timeout().toMillis())
                .setReadIdleTimeout((int) route.timeout().toMillis()).setIdleTimeoutUnit(TimeUnit.MILLISECONDS));
        return HttpProxy.reverseProxy(client).origin(port, uri.getHost()).addInterceptor(new ForwardedHeaders())
                .addInterceptor(new UpstreamFailures(id, breaker, route.timeout()));
    }

    /** Tells the service who asked and through which host, as the original request arrived. */
    private static final class ForwardedHeaders implements ProxyInterceptor {

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            HttpServerRequest incoming = context.request().proxiedRequest();
            var headers = context.request().headers();
            String remote = incoming.remoteAddress() == null ? "unknown" : incoming.remoteAddress().host();
            String prior = incoming.getHeader("X-Forwarded-For");
            headers.set("X-Forwarded-For", prior == null ? remote : prior + ", " + remote);
            headers.set("X-Forwarded-Proto", incoming.scheme());
            if (incoming.authority() != null) {
                headers.set("X-Forwarded-Host", incoming.authority().toString());
            }
            return context.sendRequest();
        }
    }
}
