package dev.principalprep.content.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.principalprep.content.modules.Item;
import dev.principalprep.content.modules.ModuleContent;
import dev.principalprep.content.modules.Section;
import dev.principalprep.content.modules.SectionKind;

class ContentSearchTest {

    private final ModuleContent module = new ModuleContent("m", "Caching module", "A summary that mentions Kafka.",
            new ModuleContent.HoursRange(1, 2), List.of(new Section("s", SectionKind.TIPS, "Tips", null, null, null,
                    null, null, List.of(new Item("kafka-tip", "Size Kafka retention", null, null, null, null, null,
                            null, null, 1)),
                    0)),
            List.of());

    @Test
    void titleHitsComeBeforeBodyHits() {
        List<ContentSearch.Hit> hits = ContentSearch.search(List.of(module), "kafka", 10);
        assertEquals(2, hits.size());
        assertEquals("/api/v1/modules/m/sections/s#kafka-tip", hits.get(0).path());
        assertTrue(hits.get(0).titleMatch());
        assertEquals("MODULE", hits.get(1).kind());
        assertEquals(ContentSearch.BODY_SCORE, hits.get(1).score());
    }

    @Test
    void snippetsAreCutAroundTheHit() {
        String text = "x".repeat(100) + " needle " + "y".repeat(100);
        String snippet = ContentSearch.snippet(text, "needle");
        assertTrue(snippet.startsWith("…") && snippet.endsWith("…"), snippet);
        assertTrue(snippet.contains("needle"));
        assertTrue(snippet.length() < text.length());
    }

    @Test
    void limitsTheNumberOfHits() {
        assertEquals(1, ContentSearch.search(List.of(module), "KAFKA", 1).size());
    }
}
