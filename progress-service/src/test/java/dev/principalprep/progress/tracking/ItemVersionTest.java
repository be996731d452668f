package dev.principalprep.progress.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;

import jakarta.ws.rs.ClientErrorException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ItemVersionTest {

    @Test
    void theEtagIsTheQuotedVersion() {
        assertEquals("\"0\"", ItemVersion.etag(0));
        assertEquals("\"42\"", ItemVersion.etag(42));
    }

    @Test
    void noIfMatchOrAStarRequiresNoVersion() {
        assertTrue(ItemVersion.required(null).isEmpty());
        assertTrue(ItemVersion.required(" ").isEmpty());
        assertTrue(ItemVersion.required(" * ").isEmpty());
    }

    @Test
    void aStrongTagNamesItsVersion() {
        assertEquals(OptionalLong.of(3), ItemVersion.required("\"3\""));
        assertEquals(OptionalLong.of(0), ItemVersion.required(" \"0\" "));
        assertEquals(OptionalLong.of(999_999_999_999_999_999L), ItemVersion.required("\"999999999999999999\""));
    }

    @ParameterizedTest
    @ValueSource(strings = { "W/\"3\"", "3", "\"3", "3\"", "\"\"", "\"", "\"-1\"", "\"3a\"", "\"a3\"", "\"/\"", "\":\"",
            "\"3\", \"4\"", "\"1000000000000000000\"" })
    void anythingElseCanNeverMatchAndFails(String ifMatch) {
        ClientErrorException failure = assertThrows(ClientErrorException.class, () -> ItemVersion.required(ifMatch));
        assertEquals(412, failure.getResponse().getStatus());
        assertTrue(failure.getMessage().contains("If-Match"));
    }
}
