package dev.principalprep.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

/** The small rules behind every answer: digits, control characters, what a client may read, what an outage is. */
class ProblemRulesTest {

    @Test
    void decimalsAreBoundedInDigitsNotOnlyInValue() {
        assertTrue(NumberBounds.isWithin(new BigDecimal("1000000")));
        assertTrue(NumberBounds.isWithin(new BigDecimal("0.000001")));
        assertTrue(NumberBounds.isWithin(new BigDecimal("1.50000000000000000000000000")));
        assertFalse(NumberBounds.isWithin(new BigDecimal("1e-100000000")));
        assertFalse(NumberBounds.isWithin(new BigDecimal("1e19")));
        assertFalse(NumberBounds.isWithin(new BigDecimal("0.0000000000000000001")));
    }

    @Test
    void controlCharactersAreRefusedButFreeTextKeepsItsLines() {
        assertTrue(InputText.isClean("two\nlines\tand a tab"));
        assertFalse(InputText.isClean("nul\u0000"));
        assertFalse(InputText.isClean("bell\u0007"));
        assertFalse(InputText.isClean("c1\u0085"));
        assertFalse(InputText.isCleanLine("two\nlines"));
        assertTrue(InputText.isCleanLine("Café, naïve – “quoted”"));
    }

    @Test
    void messagesNamingInternalsAreNotShown() {
        assertTrue(ClientText.isFit("No estimate 3f2c"));
        assertFalse(ClientText.isFit("HTTP 404 Not Found"));
        assertFalse(ClientText.isFit("Cannot deserialize value of type `java.math.BigDecimal`"));
        assertFalse(ClientText.isFit("dev.principalprep.progress.ItemStatus"));
        assertFalse(ClientText.isFit("DateTimeParseException: Text '2026' could not be parsed"));
        assertFalse(ClientText.isFit("no @Produces matches"));
    }

    @Test
    void aStoreThatCannotBeReachedIsAnOutageAndAnythingElseIsNot() {
        assertTrue(StoreOutages.isOutage(new CompletionException(new ConnectException("Connection refused"))));
        assertTrue(StoreOutages.isOutage(new RuntimeException(new java.util.concurrent.TimeoutException())));
        assertFalse(StoreOutages.isOutage(new IllegalStateException("invalid byte sequence for encoding UTF8: 0x00")));
    }

    @Test
    void everyKindHasItsOwnPageAndStatus() {
        for (ProblemKind kind : ProblemKind.values()) {
            assertEquals(kind, ProblemKind.bySlug(kind.slug()).orElseThrow());
            assertEquals(kind, ProblemKind.forStatus(kind.status()));
            assertTrue(kind.type().toString().startsWith(ProblemKind.PAGES));
        }
    }

    @Test
    void eachBoundOfTheCharacterRulesIsExact() {
        assertTrue(InputText.isClean("\u0020 space and ~\u007e"));
        assertFalse(InputText.isClean("\u001f"));
        assertFalse(InputText.isClean("del\u007f"));
        assertFalse(InputText.isClean("c1 end\u009f"));
        assertTrue(InputText.isClean("nbsp\u00a0"));
        assertTrue(InputText.isCleanLine("\u0020 ~\u007e\u00a0"));
        assertFalse(InputText.isCleanLine("\u001f"));
        assertFalse(InputText.isCleanLine("del\u007f"));
        assertFalse(InputText.isCleanLine("c1 end\u009f"));
    }

    @Test
    void eighteenDigitsEachSideAreTheLimit() {
        assertTrue(NumberBounds.isWithin(new BigDecimal("123456789012345678.123456789012345678")));
        assertFalse(NumberBounds.isWithin(new BigDecimal("1234567890123456789")));
        assertFalse(NumberBounds.isWithin(new BigDecimal("0.1234567890123456789")));
    }

    @Test
    void aMessageOfFiveHundredCharactersStillFits() {
        assertTrue(ClientText.isFit("a".repeat(500)));
        assertFalse(ClientText.isFit("a".repeat(501)));
    }
}
