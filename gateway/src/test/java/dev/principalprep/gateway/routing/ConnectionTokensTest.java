package dev.principalprep.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.principalprep.localstack.testing.MovableClock;

class ConnectionTokensTest {

    /** Connections are told apart by identity, as the gateway's are: two equal ones are still two connections. */
    private record Connection(String name) {
    }

    private static final Instant EXPIRY = Instant.parse("2026-11-28T12:10:00Z");

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T12:00:00Z"));
    /** Every token of these tests expires at {@link #EXPIRY}. */
    private final ConnectionTokens<Connection, String> tokens = new ConnectionTokens<>(100,
            claims -> clock.instant().isBefore(EXPIRY));

    @Test
    void theSameTokenAgainOnAConnectionGivesWhatItsVerificationGave() {
        Connection connection = new Connection("keep-alive");
        tokens.remember(connection, "token-a", "claims of a");
        assertEquals(Optional.of("claims of a"), tokens.repeated(connection, "token-a"));
        assertEquals(Optional.of("claims of a"), tokens.repeated(connection, new String("token-a")),
                "compared by content, not by the header string's identity");
    }

    @Test
    void anotherTokenOnTheConnectionIsNotTakenForTheLastOne() {
        Connection connection = new Connection("shared by a proxy");
        tokens.remember(connection, "token-a", "claims of a");
        assertTrue(tokens.repeated(connection, "token-b").isEmpty());
        assertTrue(tokens.repeated(connection, "token-").isEmpty(), "a prefix of the last token");
        assertTrue(tokens.repeated(connection, "token-aa").isEmpty(), "the last token and more");
        tokens.remember(connection, "token-b", "claims of b");
        assertEquals(Optional.of("claims of b"), tokens.repeated(connection, "token-b"));
        assertTrue(tokens.repeated(connection, "token-a").isEmpty(), "only the last token is kept per connection");
    }

    @Test
    void tokensThatDifferOnlyInCharactersBeyondAsciiAreStillTwoTokens() {
        Connection connection = new Connection("shared by a proxy");
        tokens.remember(connection, "token-\u4e00", "claims of the first");
        assertTrue(tokens.repeated(connection, "token-\u4e01").isEmpty(),
                "a header may carry any character; an encoding that maps both to '?' would confuse them");
        assertTrue(tokens.repeated(connection, "token-?").isEmpty());
    }

    @Test
    void aTokenSeenOnOneConnectionIsUnknownOnAnother() {
        tokens.remember(new Connection("first"), "token-a", "claims of a");
        assertTrue(tokens.repeated(new Connection("first"), "token-a").isEmpty(),
                "an equal connection object is another connection");
        assertTrue(tokens.repeated(new Connection("second"), "token-a").isEmpty());
    }

    @Test
    void aRepeatedTokenIsNotGivenBackOnceItHasExpired() {
        Connection connection = new Connection("keep-alive");
        tokens.remember(connection, "token-a", "claims of a");
        clock.now = EXPIRY.minusMillis(1);
        assertEquals(Optional.of("claims of a"), tokens.repeated(connection, "token-a"));
        clock.now = EXPIRY;
        assertTrue(tokens.repeated(connection, "token-a").isEmpty(), "at its expiry");
    }
}
