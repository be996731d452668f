package dev.principalprep.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.principalprep.localstack.testing.MovableClock;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");

    /** What a verified token is known as in these tests. */
    private record Claims(String subject, Instant expiresAt) {
    }

    private static final class Refused extends Exception {
        Refused(String token) {
            super(token + " refused");
        }
    }

    private final MovableClock clock = new MovableClock(NOW);
    private final List<String> verified = new ArrayList<>();
    /** What the full check says of each token; a token not listed is refused. */
    private final Map<String, Claims> valid = new HashMap<>(Map.of(
            "token-a", new Claims("ada", NOW.plusSeconds(600)),
            "token-b", new Claims("bob", NOW.plusSeconds(600)),
            "token-c", new Claims("cy", NOW.plusSeconds(600)),
            "token-late", new Claims("late", NOW.minusSeconds(5))));

    private VerifiedTokens<Claims> tokens(int maxEntries) {
        return new VerifiedTokens<>(Claims::expiresAt, maxEntries, clock, Runnable::run);
    }

    private Claims check(String token) throws Refused {
        verified.add(token);
        Claims claims = valid.get(token);
        if (claims == null) {
            throw new Refused(token);
        }
        return claims;
    }

    private String subject(VerifiedTokens<Claims> tokens, String token) throws Refused {
        return tokens.verify(token, this::check).subject();
    }

    private static Optional<String> cachedSubject(VerifiedTokens<Claims> tokens, String token) {
        return tokens.cached(token).map(Claims::subject);
    }

    @Test
    void aTokenVerifiedOnceIsServedWithoutVerifyingAgain() throws Refused {
        VerifiedTokens<Claims> tokens = tokens(10);
        assertEquals(Optional.empty(), cachedSubject(tokens, "token-a"));
        assertEquals("ada", subject(tokens, "token-a"));
        assertEquals(Optional.of("ada"), cachedSubject(tokens, "token-a"));
        assertSame(valid.get("token-a"), tokens.verify("token-a", this::check));
        assertEquals("ada", subject(tokens, "token-a"));
        assertEquals(List.of("token-a"), verified);
    }

    @Test
    void eachTokenIsKeptUnderItsOwnKey() throws Refused {
        VerifiedTokens<Claims> tokens = tokens(10);
        subject(tokens, "token-a");
        subject(tokens, "token-b");
        assertEquals(Optional.of("ada"), cachedSubject(tokens, "token-a"));
        assertEquals(Optional.of("bob"), cachedSubject(tokens, "token-b"));
        assertEquals(Optional.empty(), cachedSubject(tokens, "token-c"));
    }

    @Test
    void aRefusedTokenIsNeverKept() {
        VerifiedTokens<Claims> tokens = tokens(10);
        assertThrows(Refused.class, () -> subject(tokens, "forged"));
        assertEquals(Optional.empty(), cachedSubject(tokens, "forged"));
        assertThrows(Refused.class, () -> subject(tokens, "forged"));
        assertEquals(List.of("forged", "forged"), verified);
        assertEquals(0, tokens.size());
    }

    @Test
    void anEntryIsNeverServedAtOrPastTheTokensExpiry() throws Refused {
        // Only the test's clock moves, so the cache still holds the entry: the lookup itself must refuse it.
        VerifiedTokens<Claims> tokens = tokens(10);
        subject(tokens, "token-a");
        clock.now = NOW.plusSeconds(599);
        assertEquals(Optional.of("ada"), cachedSubject(tokens, "token-a"));
        clock.now = NOW.plusSeconds(600);
        assertEquals(Optional.empty(), cachedSubject(tokens, "token-a"));
        clock.now = NOW.plusSeconds(601);
        assertEquals(Optional.empty(), cachedSubject(tokens, "token-a"));
        assertEquals("ada", subject(tokens, "token-a"));
        assertEquals(List.of("token-a", "token-a"), verified);
    }

    @Test
    void aTokenTheVerifierStillAcceptsPastItsExpiryIsAnsweredButNotKept() throws Refused {
        VerifiedTokens<Claims> tokens = tokens(10);
        assertEquals("late", subject(tokens, "token-late"));
        assertEquals(Optional.empty(), cachedSubject(tokens, "token-late"));
        assertEquals(0, tokens.size());
    }

    @Test
    void aTokenExpiringNowIsNotKept() throws Refused {
        valid.put("token-now", new Claims("now", NOW));
        VerifiedTokens<Claims> tokens = tokens(10);
        assertEquals("now", subject(tokens, "token-now"));
        assertEquals(0, tokens.size());
    }

    @Test
    void theCacheHoldsNoMoreThanItsBound() throws Refused {
        VerifiedTokens<Claims> tokens = tokens(2);
        subject(tokens, "token-a");
        subject(tokens, "token-b");
        subject(tokens, "token-c");
        assertEquals(2, tokens.size());
        long served = Stream.of("token-a", "token-b", "token-c")
                .filter(token -> tokens.cached(token).isPresent()).count();
        assertEquals(2, served);
        assertEquals(3, verified.size());
    }
}
