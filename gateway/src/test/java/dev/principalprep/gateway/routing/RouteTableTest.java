package dev.principalprep.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RouteTableTest {

    private final RouteTable table = new RouteTable(Map.of(
            "content", Routes.route("http://content:8081", "/api/v1/modules"),
            "progress", Routes.route("http://progress:8083", "/api/v1/learners", "/api/v1/modules/stats/")),
            List.of("/api/v1/learners/*/export"));

    @Test
    void matchesWholeSegmentsOnly() {
        assertEquals("content", table.match("/api/v1/modules").orElseThrow().routeId());
        assertEquals("content", table.match("/api/v1/modules/module-9/sections").orElseThrow().routeId());
        assertTrue(table.match("/api/v1/modulesx").isEmpty());
    }

    @Test
    void theLongestPrefixWins() {
        assertEquals("progress", table.match("/api/v1/modules/stats/today").orElseThrow().routeId());
    }

    @Test
    void refusesAPathRoutedTwice() {
        assertThrows(IllegalArgumentException.class, () -> new RouteTable(Map.of(
                "a", Routes.route("http://a", "/api/v1/x"), "b", Routes.route("http://b", "/api/v1/x/")), List.of()));
    }

    @Test
    void aComposedPathBelongsToNoServiceOneSegmentForEachStar() {
        assertTrue(table.match("/api/v1/learners/me/export").isEmpty());
        assertTrue(table.match("/api/v1/learners/{learner}/export").isEmpty());
        assertEquals("progress", table.match("/api/v1/learners/me/exports").orElseThrow().routeId());
        assertEquals("progress", table.match("/api/v1/learners/me/export/more").orElseThrow().routeId());
        assertEquals("progress", table.match("/api/v1/learners/a/b/export").orElseThrow().routeId());
        assertEquals("progress", table.match("/api/v1/learners/me").orElseThrow().routeId());
    }
}
