package dev.principalprep.progress.push;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.principalprep.problems.InvalidInput;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * POSTs a push to a receiver: the target is checked again first (its DNS may have changed since it was registered),
 * redirects are never followed (they could lead anywhere), and any answer or failure comes back as an
 * {@link Outcome}, never as an error.
 */
@ApplicationScoped
public class PushClient {

    /** What a receiver answered: its status (0 when none) and, unless 2xx, what went wrong. */
    public record Outcome(int status, String error) {

        public boolean delivered() {
            return status >= 200 && status < 300;
        }

        static Outcome failed(String error) {
            return new Outcome(0, error.length() > 500 ? error.substring(0, 500) : error);
        }
    }

    private final TargetPolicy targets;
    private final Duration timeout;
    private final HttpClient http;

    @Inject
    public PushClient(PushConfig config) {
        this(config.targets(), config.requestTimeout());
    }

    PushClient(TargetPolicy targets, Duration timeout) {
        this.targets = targets;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Fails with a 422 problem naming the field when the URL may not be registered as a target. */
    public Uni<Void> requireTarget(String field, String url) {
        return checked(url).onFailure(TargetPolicy.RefusedTarget.class)
                .transform(refused -> new InvalidInput(field, field + " " + refused.getMessage())).replaceWithVoid();
    }

    public Uni<Outcome> post(String url, Map<String, String> headers, String body) {
        return checked(url).chain(uri -> send(uri, headers, body))
                .onFailure(TargetPolicy.RefusedTarget.class)
                .recoverWithItem(refused -> Outcome.failed("target refused: URL " + refused.getMessage()))
                .onFailure().recoverWithItem(failure -> Outcome.failed(describe(failure)));
    }

    /** The target checked off the event loop, since it resolves the host. */
    private Uni<URI> checked(String url) {
        return Uni.createFrom().item(() -> targets.check(url)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private Uni<Outcome> send(URI uri, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return Uni.createFrom().completionStage(() -> http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()))
                .map(response -> response.statusCode() / 100 == 2 ? new Outcome(response.statusCode(), null)
                        : new Outcome(response.statusCode(), "answered " + response.statusCode()));
    }

    private static String describe(Throwable failure) {
        String kind = failure instanceof java.net.http.HttpTimeoutException ? "timed out"
                : failure instanceof java.net.ConnectException ? "connection refused" : "request failed";
        return failure.getMessage() == null ? kind : kind + ": " + failure.getMessage();
    }
}
