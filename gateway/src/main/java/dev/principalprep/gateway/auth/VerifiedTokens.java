package dev.principalprep.gateway.auth;

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
 * before the token's {@code exp}, checked on every lookup (the cache's own expiry only frees the memory): past it the
 * token is verified again, and the verifier decides.
 */
public final class VerifiedTokens {

    /** What a verified token says: who it is for and until when it may be used. */
    public record Verified(String subject, Instant expiresAt) {
    }

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    });

    private final Function<String, Optional<Verified>> verifier;
    private final Clock clock;
    private final Cache<ByteBuffer, Verified> verified;

    /**
     * @param verifier the full check (signature, issuer, audience, times) of a raw token; empty when refused
     * @param maintenance where the cache drops expired and surplus entries (the common pool, or the caller in tests)
     */
    public VerifiedTokens(Function<String, Optional<Verified>> verifier, int maxEntries, Clock clock,
            Executor maintenance) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(maxEntries).executor(maintenance)
                .expireAfter(Expiry.<ByteBuffer, Verified> creating(
                        (key, token) -> Duration.between(clock.instant(), token.expiresAt())))
                .build();
    }

    /** The subject of a token verified before and not yet expired; empty when it has to be verified. */
    public Optional<String> cachedSubject(String token) {
        Verified known = verified.getIfPresent(key(token));
        return known != null && clock.instant().isBefore(known.expiresAt()) ? Optional.of(known.subject())
                : Optional.empty();
    }

    /**
     * Verifies the token (it may block: key material) and keeps it when it is valid; one the verifier still accepts
     * at or past its expiry (its clock skew) expires from the cache at once and is never served from it.
     */
    public Optional<String> verify(String token) {
        Optional<Verified> checked = verifier.apply(token);
        checked.ifPresent(valid -> verified.put(key(token), valid));
        return checked.map(Verified::subject);
    }

    /** How many tokens are kept. */
    long size() {
        return verified.estimatedSize();
    }

    private static ByteBuffer key(String token) {
        return ByteBuffer.wrap(SHA_256.get().digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
