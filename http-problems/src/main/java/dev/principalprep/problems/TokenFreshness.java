package dev.principalprep.problems;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Refuses a token issued in the future (beyond a small clock skew), which the verifier itself lets through. Its
 * lifetime is bounded by {@code smallrye.jwt.time-to-live} in each application's configuration. Applied by the
 * gateway to every token it reads, and by each service to the identity it authenticates.
 */
@ApplicationScoped
public class TokenFreshness implements SecurityIdentityAugmentor {

    public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    public static boolean isFresh(JsonWebToken token, Instant now) {
        long issuedAt = token.getIssuedAtTime();
        return issuedAt > 0 && !Instant.ofEpochSecond(issuedAt).isAfter(now.plus(CLOCK_SKEW));
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token && !isFresh(token, Instant.now())) {
            return Uni.createFrom().failure(new AuthenticationFailedException("token issued in the future"));
        }
        return Uni.createFrom().item(identity);
    }
}
