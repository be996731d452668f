package dev.principalprep.gateway.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.principalprep.localstack.testing.MovableClock;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");

    private final MovableClock clock = new MovableClock(NOW);
    private final List<String> verified = new ArrayList<>();
    /** What the full check says of each token; a token not listed is refused. */
    private final Map<String, VerifiedTokens.Verified> valid = new java.util.HashMap<>(Map.of(
            "token-a", new VerifiedTokens.Verified("ada", NOW.plusSeconds(600)),
            "token-b", new VerifiedTokens.Verified("bob", NOW.plusSeconds(600)),
            "token-c", new VerifiedTokens.Verified("cy", NOW.plusSeconds(600)),
            "token-late", new VerifiedTokens.Verified("late", NOW.minusSeconds(5))));

    private VerifiedTokens tokens(int maxEntries) {
        return new VerifiedTokens(token -> {
            verified.add(token);
            return Optional.ofNullable(valid.get(token));
        }, maxEntries, clock, Runnable::run);
    }

    @Test
    void aTokenVerifiedOnceIsServedWithoutVerifyingAgain() {
        VerifiedTokens tokens = tokens(10);
        assertEquals(Optional.empty(), tokens.cachedSubject("token-a"));
        assertEquals(Optional.of("ada"), tokens.verify("token-a"));
        assertEquals(Optional.of("ada"), tokens.cachedSubject("token-a"));
        assertEquals(Optional.of("ada"), tokens.cachedSubject("token-a"));
        assertEquals(List.of("token-a"), verified);
    }

    @Test
    void eachTokenIsKeptUnderItsOwnKey() {
        VerifiedTokens tokens = tokens(10);
        tokens.verify("token-a");
        tokens.verify("token-b");
        assertEquals(Optional.of("ada"), tokens.cachedSubject("token-a"));
        assertEquals(Optional.of("bob"), tokens.cachedSubject("token-b"));
        assertEquals(Optional.empty(), tokens.cachedSubject("token-c"));
    }

    @Test
    void aRefusedTokenIsNeverKept() {
        VerifiedTokens tokens = tokens(10);
        assertEquals(Optional.empty(), tokens.verify("forged"));
        assertEquals(Optional.empty(), tokens.cachedSubject("forged"));
        assertEquals(Optional.empty(), tokens.verify("forged"));
        assertEquals(List.of("forged", "forged"), verified);
        assertEquals(0, tokens.size());
    }

    @Test
    void anEntryIsNeverServedAtOrPastTheTokensExpiry() {
        // Only the test's clock moves, so the cache still holds the entry: the lookup itself must refuse it.
        VerifiedTokens tokens = tokens(10);
        tokens.verify("token-a");
        clock.now = NOW.plusSeconds(599);
        assertEquals(Optional.of("ada"), tokens.cachedSubject("token-a"));
        clock.now = NOW.plusSeconds(600);
        assertEquals(Optional.empty(), tokens.cachedSubject("token-a"));
        clock.now = NOW.plusSeconds(601);
        assertEquals(Optional.empty(), tokens.cachedSubject("token-a"));
    }

    @Test
    void aTokenTheVerifierStillAcceptsPastItsExpiryIsAnsweredButNotKept() {
        VerifiedTokens tokens = tokens(10);
        assertEquals(Optional.of("late"), tokens.verify("token-late"));
        assertEquals(Optional.empty(), tokens.cachedSubject("token-late"));
        assertEquals(0, tokens.size());
    }

    @Test
    void aTokenExpiringNowIsNotKept() {
        valid.put("token-now", new VerifiedTokens.Verified("now", NOW));
        VerifiedTokens tokens = tokens(10);
        assertEquals(Optional.of("now"), tokens.verify("token-now"));
        assertEquals(0, tokens.size());
    }

    @Test
    void theCacheHoldsNoMoreThanItsBound() {
        VerifiedTokens tokens = tokens(2);
        tokens.verify("token-a");
        tokens.verify("token-b");
        tokens.verify("token-c");
        assertEquals(2, tokens.size());
        long served = java.util.stream.Stream.of("token-a", "token-b", "token-c")
                .filter(token -> tokens.cachedSubject(token).isPresent()).count();
        assertEquals(2, served);
        assertEquals(3, verified.size());
    }
}
