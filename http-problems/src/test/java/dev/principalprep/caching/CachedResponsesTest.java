package dev.principalprep.caching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CachedResponsesTest {

    @Test
    void ifNoneMatchComparesWeaklyAndAcceptsListsAndStar() {
        assertFalse(CachedResponses.matches(null, "\"a\""));
        assertTrue(CachedResponses.matches("\"a\"", "\"a\""));
        assertTrue(CachedResponses.matches("W/\"a\"", "\"a\""));
        assertTrue(CachedResponses.matches("\"b\", W/\"a\"", "\"a\""));
        assertTrue(CachedResponses.matches("*", "\"a\""));
        assertFalse(CachedResponses.matches("\"b\"", "\"a\""));
        assertFalse(CachedResponses.matches("a", "\"a\""));
        assertFalse(CachedResponses.matches("W/a", "\"a\""));
    }

    @Test
    void theTagIsA27CharacterHashOfTheBytes() {
        String tag = CachedResponses.tag("{}".getBytes(StandardCharsets.UTF_8));
        assertEquals(27, tag.length());
        assertEquals(tag, CachedResponses.tag("{}".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(tag, CachedResponses.tag("[]".getBytes(StandardCharsets.UTF_8)));
        assertTrue(tag.matches("[A-Za-z0-9_-]+"), tag);
    }
}
