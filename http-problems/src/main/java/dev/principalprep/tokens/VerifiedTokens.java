package dev.principalprep.tokens;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * Bearer tokens already verified, kept until their own expiry so that a client sending the same token again costs
 * a hash and a lookup instead of an RSA signature check. Keyed by the SHA-256 of the token (the token itself is never
 * kept), at most {@code maxEntries} of them (least used dropped first). An entry is served only while the clock is
 * before the token's expiry, checked on every lookup (the cache's own expiry only frees the memory): past it the
 * token is verified again, and the verifier decides.
 *
 * @param <T> what a verified token is known as (its parsed claims)
 */
public final class VerifiedTokens<T> {

    /** The full check of a raw token (signature, issuer, audience, times): its claims, or an exception refusing it. */
    @FunctionalInterface
    public interface Verifier<T, E extends Exception> {
        T verify(String token) throws E;
    }

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    });

    private final Function<T, Instant> expiry;
    private final Clock clock;
    private final Cache<ByteBuffer, T> verified;

    /**
     * @param expiry when a verified token stops being valid (its {@code exp})
     * @param maintenance where the cache drops expired and surplus entries (the common pool, or the caller in tests)
     */
    public VerifiedTokens(Function<T, Instant> expiry, int maxEntries, Clock clock, Executor maintenance) {
        this.expiry = expiry;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(maxEntries).executor(maintenance)
                .expireAfter(Expiry.<ByteBuffer, T> creating(
                        (key, token) -> Duration.between(clock.instant(), expiry.apply(token))))
                .build();
    }

    /** A token verified before and not yet expired; empty when it has to be verified. */
    public Optional<T> cached(String token) {
        return cached(key(token));
    }

    /**
     * The token as verified before, or verified now (it may block: key material) and kept; one the verifier still
     * accepts at or past its expiry (its clock skew) expires from the cache at once and is never served from it. A
     * refusal is the verifier's exception, and nothing is kept.
     */
    public <E extends Exception> T verify(String token, Verifier<T, E> verifier) throws E {
        ByteBuffer key = key(token);
        Optional<T> known = cached(key);
        if (known.isPresent()) {
            return known.get();
        }
        T checked = verifier.verify(token);
        verified.put(key, checked);
        return checked;
    }

    private Optional<T> cached(ByteBuffer key) {
        T known = verified.getIfPresent(key);
        return known != null && unexpired(known) ? Optional.of(known) : Optional.empty();
    }

    /** Whether a verified token is still before its expiry, by this memory's clock: what it is served under. */
    public boolean unexpired(T known) {
        return clock.instant().isBefore(expiry.apply(known));
    }

    /** How many tokens are kept. */
    long size() {
        return verified.estimatedSize();
    }

    private static ByteBuffer key(String token) {
        return ByteBuffer.wrap(SHA_256.get().digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
