package dev.principalprep.tokens;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ForkJoinPool;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The application's one memory of verified tokens, shared by {@link RememberedTokens} and the gateway's proxy. */
@Singleton
public class VerifiedTokensProducer {

    @Produces
    @Singleton
    VerifiedTokens<JsonWebToken> verifiedTokens(
            @ConfigProperty(name = "verified-tokens.max-entries", defaultValue = "10000") int maxEntries) {
        return new VerifiedTokens<>(token -> Instant.ofEpochSecond(token.getExpirationTime()), maxEntries,
                Clock.systemUTC(), ForkJoinPool.commonPool());
    }
}
