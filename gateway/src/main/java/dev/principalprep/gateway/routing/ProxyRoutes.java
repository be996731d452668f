package dev.principalprep.gateway.routing;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.principalprep.gateway.config.GatewayConfig;
import dev.principalprep.gateway.contract.ContractService;
import dev.principalprep.problems.Problem;
import dev.principalprep.problems.ProblemKind;
import dev.principalprep.problems.TokenFreshness;
import dev.principalprep.tokens.VerifiedTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * The gateway's edge and its proxy. Every request it answers first has its path checked (before any routing or
 * public decision), its token read and its client's rate limit applied; then {@code /api/v1/**} is forwarded to the
 * owning service with Vert.x HTTP Proxy over keep-alive pools, its body read up to the limit as it arrives. A path
 * no service owns falls through to the gateway's own resources, and from there to a problem+json 404.
 */
@ApplicationScoped
public class ProxyRoutes {

    static final String REQUEST_ID = "X-Request-Id";
    static final String ROUTE_HEADER = "X-Gateway-Route";
    private static final String SUBJECT = "gateway.subject";
    /** What the request's path was matched to at the edge, read again when it is forwarded and when it is timed. */
    private static final String MATCHED = "gateway.matched";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private final RouteTable table;
    private final long maxBodyBytes;
    private final JWTParser parser;
    private final VerifiedTokens<JsonWebToken> tokens;
    private final ConnectionTokens<HttpConnection, JsonWebToken> connectionTokens;
    private final RateLimits limits;
    private final ClientAddress clients;
    private final ContractService contracts;
    private final RequestTimers timers;
    private final Map<String, HttpProxy> proxies = new HashMap<>();

    public ProxyRoutes(GatewayConfig config, Vertx vertx, JWTParser parser, VerifiedTokens<JsonWebToken> tokens,
            @ConfigProperty(name = "verified-tokens.max-entries") int maxTokens, MeterRegistry meters, RateLimits limits,
            ContractService contracts) {
        this.parser = parser;
        this.tokens = tokens;
        this.connectionTokens = new ConnectionTokens<>(maxTokens, tokens::unexpired);
        this.timers = new RequestTimers(meters);
        this.limits = limits;
        this.contracts = contracts;
        this.table = new RouteTable(config.routes(), config.composedPaths());
        this.maxBodyBytes = config.maxBodyBytes();
        this.clients = new ClientAddress(config.trustedProxies().orElse(List.of()));
        config.routes().forEach((id, route) -> proxies.put(id, proxy(vertx, id, route, clients,
                new CircuitBreaker(config.breaker().failureThreshold(), config.breaker().openFor(), Clock.systemUTC()))));
    }

    /**
     * The service owning a path ({@code null} for the gateway's own paths) and the contract's template for it, matched
     * once per request.
     */
    private record Matched(RouteTable.Target target, Optional<RouteTemplates.Template> template) {

        String route() {
            return target == null ? RequestTimers.GATEWAY_ROUTE : target.routeId();
        }

        String templatePath() {
            return template.map(RouteTemplates.Template::path).orElse(RouteTemplates.UNMATCHED);
        }
    }

    void register(@Observes Router router) {
        router.route().order(-2).handler(this::edge);
        router.route("/api/v1/*").order(-1).handler(this::forward);
    }

    /** Path, token, rate limit: for every request, whatever answers it; and its time, whatever the answer. */
    private void edge(RoutingContext context) {
        HttpServerRequest request = context.request();
        long arrived = System.nanoTime();
        String path = request.path();
        Matched matched = new Matched(path.startsWith("/api/v1/") ? table.match(path).orElse(null) : null,
                contracts.templates().match(path));
        context.put(MATCHED, matched);
        context.addEndHandler(ended -> timed(context, matched, arrived));
        String uri = request.uri();
        int query = uri.indexOf('?');
        String rawPath = query < 0 ? uri : uri.substring(0, query);
        Optional<String> badPath = PathCheck.problem(rawPath);
        if (badPath.isPresent()) {
            problem(context, Problem.of(ProblemKind.INVALID_INPUT, badPath.get(), null,
                    List.of(new Problem.Violation("path", "path", badPath.get()))));
            return;
        }
        String length = request.getHeader("Content-Length");
        if (length != null && (!DIGITS.matcher(length).matches() || Long.parseLong(length) > maxBodyBytes)) {
            context.response().putHeader("Connection", "close");
            problem(context, Problem.of(ProblemKind.CONTENT_TOO_LARGE, "Request bodies are limited to " + maxBodyBytes
                    + " bytes", rawPath));
            return;
        }
        request.pause();
        Future<String> subject = subject(context, request.getHeader("Authorization"));
        subject.compose(sub -> {
            context.put(SUBJECT, sub);
            String key = sub != null ? "sub:" + sub
                    : "ip:" + clients.resolve(request.remoteAddress() == null ? null : request.remoteAddress().host(),
                            request.headers().getAll("X-Forwarded-For"));
            return limits.acquire(key);
        }).onComplete(decided -> {
            HttpServerResponse response = context.response();
            if (decided.failed()) {
                request.resume();
                problem(context, Problem.of(ProblemKind.SERVICE_UNAVAILABLE, "Rate limits cannot be checked for now",
                        rawPath));
                return;
            }
            RateLimiter.Decision decision = decided.result();
            response.putHeader("RateLimit-Limit", String.valueOf(decision.limit()))
                    .putHeader("RateLimit-Remaining", String.valueOf(decision.remaining()))
                    .putHeader("RateLimit-Reset", String.valueOf(decision.resetSeconds()));
            if (!decision.allowed()) {
                request.resume();
                response.putHeader("Retry-After", String.valueOf(decision.resetSeconds()));
                problem(context, Problem.of(ProblemKind.TOO_MANY_REQUESTS, "At most " + decision.limit()
                        + " requests per window; retry after " + decision.resetSeconds() + " s", rawPath));
                return;
            }
            if (matched.target() == null) {
                request.resume();
            }
            context.next();
        });
    }

    private void forward(RoutingContext context) {
        HttpServerRequest request = context.request();
        Matched matched = context.get(MATCHED);
        if (matched.target() == null) {
            context.next();
            return;
        }
        Optional<RouteTemplates.Template> template = matched.template();
        if (template.isPresent() && !template.get().methods().contains(request.method().name())) {
            request.resume();
            String allow = String.join(", ", template.get().methods());
            context.response().putHeader("Allow", allow);
            problem(context, Problem.of(ProblemKind.METHOD_NOT_ALLOWED, "This resource answers " + allow,
                    request.path()));
            return;
        }
        if (request.getHeader(REQUEST_ID) == null) {
            request.headers().set(REQUEST_ID, UUID.randomUUID().toString());
        }
        context.response().putHeader(REQUEST_ID, request.getHeader(REQUEST_ID));
        String routeId = matched.target().routeId();
        // Read by the access log line; harmless to the service that also receives it.
        request.headers().set(ROUTE_HEADER, routeId);
        if (context.get(SUBJECT) == null && !PublicRoutes.isPublic(request.method().name(), request.path())) {
            request.resume();
            context.response().putHeader("WWW-Authenticate", "Bearer");
            problem(context, Problem.of(ProblemKind.UNAUTHORIZED, "A valid bearer token is required", request.path()));
            return;
        }
        BoundedBody.read(request, maxBodyBytes).onComplete(read -> {
            if (read.failed()) {
                context.response().putHeader("Connection", "close");
                problem(context, Problem.of(ProblemKind.CONTENT_TOO_LARGE,
                        "Request bodies are limited to " + maxBodyBytes + " bytes", request.path()));
                return;
            }
            ContextLocals.put(UpstreamFailures.BODY, read.result());
            proxies.get(routeId).handle(request);
        });
    }

    /** Labelled by the service that owns the path (refused or forwarded alike) and the contract's template. */
    private void timed(RoutingContext context, Matched matched, long arrived) {
        timers.timer(matched.route(), matched.templatePath(), context.response().getStatusCode())
                .record(System.nanoTime() - arrived, TimeUnit.NANOSECONDS);
    }

    /**
     * The subject of a valid, fresh bearer token, or null. Verified here and again by the service: a forged or expired
     * token never reaches a service's queue. A token seen before is answered on the event loop: the connection's last
     * token again, else from the verified tokens; only a new one goes to a worker, once, for its signature check.
     */
    private Future<String> subject(RoutingContext context, String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Future.succeededFuture();
        }
        String token = authorization.substring(7).strip();
        HttpConnection connection = context.request().connection();
        Optional<JsonWebToken> repeated = connectionTokens.repeated(connection, token);
        if (repeated.isPresent()) {
            return Future.succeededFuture(freshSubject(repeated.get()));
        }
        Optional<JsonWebToken> known = tokens.cached(token);
        if (known.isPresent()) {
            connectionTokens.remember(connection, token, known.get());
            return Future.succeededFuture(freshSubject(known.get()));
        }
        // The parser remembers what it verifies (RememberedTokens), so this token's next request is answered above.
        return context.vertx().executeBlocking(() -> {
            try {
                JsonWebToken verified = parser.parse(token);
                connectionTokens.remember(connection, token, verified);
                return freshSubject(verified);
            } catch (ParseException e) {
                return null;
            }
        }, false);
    }

    private static String freshSubject(JsonWebToken token) {
        return TokenFreshness.isFresh(token, Instant.now()) ? token.getSubject() : null;
    }

    private void problem(RoutingContext context, Problem problem) {
        Problem withInstance = problem.instance() != null ? problem
                : new Problem(problem.type(), problem.title(), problem.status(), problem.detail(),
                        context.request().path(), problem.violations());
        context.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(problemBody(withInstance));
    }

    /** The one RFC 9457 body, as the services write it. */
    static Buffer problemBody(Problem problem) {
        try {
            return Buffer.buffer(JSON.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpProxy proxy(Vertx vertx, String id, GatewayConfig.Route route, ClientAddress clients,
            CircuitBreaker breaker) {
        URI uri = route.uri();
        int port = uri.getPort() > 0 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
        int timeout = (int) route.timeout().toMillis();
        HttpClientOptions options = new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(50)
                .setSsl("https".equals(uri.getScheme())).setConnectTimeout(timeout);
        HttpClient pooled = vertx.createHttpClient(options);
        HttpClient fresh = vertx.createHttpClient(new HttpClientOptions(options).setKeepAlive(false));
        // The wait for an answer is each request's own, counted from when it is sent. A connection's read-idle timeout
        // also counts the seconds the connection sat in the pool, so it cut short a request that came after a quiet
        // spell (a service's first, slower writes were answered 503 well within the route's timeout).
        RequestOptions origin = new RequestOptions().setHost(uri.getHost()).setPort(port)
                .setSsl("https".equals(uri.getScheme())).setIdleTimeout(timeout);
        return HttpProxy.reverseProxy(pooled)
                .originRequestProvider((request, client) -> client.request(new RequestOptions(origin)))
                .addInterceptor(new ForwardedHeaders(clients))
                .addInterceptor(new UpstreamFailures(id, breaker, route.timeout(), fresh, origin));
    }

    /**
     * Tells the service who asked and the public address they asked at (scheme, host and path prefix), so its links
     * and {@code Location} headers name this gateway, never the service: as the request reached the gateway, or as a
     * trusted proxy in front of it (an ingress terminating TLS, under a prefix) says it reached that proxy.
     */
    private static final class ForwardedHeaders implements ProxyInterceptor {

        private static final List<String> PUBLIC_ADDRESS = List.of("X-Forwarded-Proto", "X-Forwarded-Host",
                "X-Forwarded-Prefix");

        private final ClientAddress clients;

        ForwardedHeaders(ClientAddress clients) {
            this.clients = clients;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            HttpServerRequest incoming = context.request().proxiedRequest();
            var headers = context.request().headers();
            String remote = incoming.remoteAddress() == null ? "unknown" : incoming.remoteAddress().host();
            String prior = incoming.getHeader("X-Forwarded-For");
            headers.set("X-Forwarded-For", prior == null ? remote : prior + ", " + remote);
            if (incoming.remoteAddress() == null || !clients.isTrusted(remote)) {
                PUBLIC_ADDRESS.forEach(headers::remove);
            }
            if (!headers.contains("X-Forwarded-Proto")) {
                headers.set("X-Forwarded-Proto", incoming.scheme());
            }
            if (!headers.contains("X-Forwarded-Host") && incoming.authority() != null) {
                headers.set("X-Forwarded-Host", incoming.authority().toString());
            }
            return context.sendRequest();
        }
    }
}
