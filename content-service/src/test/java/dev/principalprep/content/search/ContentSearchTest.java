package dev.principalprep.content.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.principalprep.content.modules.DocumentContent;
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

    private final ModuleContent bodies = new ModuleContent("b", "Bodies", null, new ModuleContent.HoursRange(1, 2),
            List.of(new Section("story", SectionKind.STORY_TEMPLATE, "Story", null, null, null, null,
                    new Section.StoryExample("costs grew", "cut them", "led compaction", List.of("moved to spot"),
                            "saved money"),
                    List.of(), 0),
                    new Section("qs", SectionKind.QUESTIONS, "Questions", null, null, null, null, null,
                            List.of(new Item("q1", "Disagreement", null, List.of("data-driven decisions"), null,
                                    List.of("diplomacy"), null, null, null, 1)),
                            0)),
            List.of(new DocumentContent("doc", "Guide", "A document about tiering.", List.of("hot and cold"),
                    List.of())));

    @Test
    void findsTextInSectionAndItemBodiesWithTheirPaths() {
        assertEquals(List.of("/api/v1/modules/b/sections/story"),
                ContentSearch.search(List.of(bodies), "spot", 10).stream().map(ContentSearch.Hit::path).toList());
        ContentSearch.Hit question = ContentSearch.search(List.of(bodies), "  DIPLOMACY ", 10).get(0);
        assertEquals("/api/v1/modules/b/sections/qs#q1", question.path());
        assertEquals("QUESTION", question.kind());
        assertEquals("diplomacy", question.snippet());
        assertEquals(false, question.titleMatch());
        assertEquals(List.of("DOCUMENT"), ContentSearch.search(List.of(bodies), "cold", 10).stream()
                .map(ContentSearch.Hit::kind).toList());
        assertEquals("/api/v1/modules/b/documents/doc", ContentSearch.search(List.of(bodies), "tiering", 10).get(0)
                .path());
        assertEquals(List.of(), ContentSearch.search(List.of(bodies), "nowhere", 10));
    }

    @Test
    void snippetsMarkACutOnlyWhereTextWasCut() {
        String atRadius = "x".repeat(60) + "needle" + "y".repeat(60);
        assertEquals(atRadius, ContentSearch.snippet(atRadius, "needle"));
        String pastRadius = "x".repeat(61) + "needle" + "y".repeat(61);
        assertEquals("…" + "x".repeat(60) + "needle" + "y".repeat(60) + "…", ContentSearch.snippet(pastRadius, "needle"));
    }
}
