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
        List<ContentSearch.Hit> hits = ContentSearch.search(List.of(module), "kafka");
        assertEquals(2, hits.size());
        assertEquals("/api/v1/modules/m/sections/s", hits.get(0).path());
        assertEquals("kafka-tip", hits.get(0).itemId());
        assertEquals("s", hits.get(0).sectionId());
        assertEquals(null, hits.get(0).documentId());
        assertTrue(hits.get(0).titleMatch());
        assertEquals(ContentSearch.TITLE_SCORE, hits.get(0).score());
        assertEquals("MODULE", hits.get(1).kind());
        assertEquals(null, hits.get(1).sectionId());
        assertEquals(ContentSearch.BODY_SCORE, hits.get(1).score());
        assertEquals("A summary that mentions Kafka.", hits.get(1).snippet());
    }

    @Test
    void everyWordMustBeFoundInAnyOrderWithCaseAccentsAndPunctuationFolded() {
        ModuleContent typographic = new ModuleContent("t", "Caf\u00e9 r\u00e9sum\u00e9", null,
                new ModuleContent.HoursRange(1, 2),
                List.of(new Section("s", SectionKind.TIPS, "Tips", null, null, null, null, null,
                        List.of(new Item("tip", "Always mention spot instances (60\u201380% savings)",
                                "The company\u2019s \u201cbudget\u201d\u00a0shrank", null, null, null, null, null, null, 1)),
                        0)),
                List.of());
        assertEquals(List.of("tip"), itemIds(typographic, "savings SPOT"));
        assertEquals(List.of("tip"), itemIds(typographic, "60-80%"));
        assertEquals(List.of("tip"), itemIds(typographic, "company's"));
        assertEquals(List.of("tip"), itemIds(typographic, "\"budget\" shrank"));
        assertEquals(List.of("tip"), itemIds(typographic, "spot company's"));
        assertEquals(List.of(), itemIds(typographic, "spot kafka"));
        assertEquals(List.of("MODULE"), ContentSearch.search(List.of(typographic), "RESUME cafe").stream()
                .map(ContentSearch.Hit::kind).toList());
        assertEquals(List.of("MODULE"), ContentSearch.search(List.of(typographic), "Caf\u0065\u0301").stream()
                .map(ContentSearch.Hit::kind).toList());
        ContentSearch.Hit mixed = ContentSearch.search(List.of(typographic), "spot company's").get(0);
        assertEquals(false, mixed.titleMatch());
        assertEquals("The company\u2019s \u201cbudget\u201d\u00a0shrank", mixed.snippet());
        assertEquals(List.of(), ContentSearch.search(List.of(typographic), "   "));
    }

    private static List<String> itemIds(ModuleContent module, String query) {
        return ContentSearch.search(List.of(module), query).stream().map(ContentSearch.Hit::itemId)
                .filter(java.util.Objects::nonNull).toList();
    }

    @Test
    void snippetsAreCutAroundTheHitInTheTextAsWritten() {
        String text = "x".repeat(100) + " N\u00e9edle " + "y".repeat(100);
        String snippet = snippet(text, "needle");
        assertTrue(snippet.startsWith("…") && snippet.endsWith("…"), snippet);
        assertTrue(snippet.contains("N\u00e9edle"), snippet);
        assertEquals(1 + 60 + " N\u00e9edle ".length() + 60 + 1 - 2, snippet.length(), snippet);
    }

    private static String snippet(String text, String word) {
        TextFolding.Folded folded = TextFolding.fold(text);
        return ContentSearch.snippet(text, folded, folded.text().indexOf(word), word.length());
    }

    @Test
    void pagesCutTheHitsAndCountThemAll() {
        List<ContentSearch.Hit> hits = ContentSearch.search(List.of(module), "kafka");
        SearchResults first = SearchResults.page("kafka", hits, 0, 1);
        assertEquals(List.of(hits.get(0)), first.items());
        assertEquals(2, first.total());
        assertEquals(List.of(hits.get(1)), SearchResults.page("kafka", hits, 1, 1).items());
        assertEquals(List.of(), SearchResults.page("kafka", hits, 2, 1).items());
        assertEquals(List.of(), SearchResults.page("kafka", hits, 10_000, 50).items());
        assertEquals(hits, SearchResults.page("kafka", hits, 0, 50).items());
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
                    List.of(new Section("in-doc", SectionKind.PROSE, "Inside", "Tiering in a document", null, null,
                            null, null, List.of(), 0)))));

    @Test
    void findsTextInSectionAndItemBodiesWithTheirIdsAndPaths() {
        assertEquals(List.of("/api/v1/modules/b/sections/story"),
                ContentSearch.search(List.of(bodies), "spot").stream().map(ContentSearch.Hit::path).toList());
        ContentSearch.Hit question = ContentSearch.search(List.of(bodies), "  DIPLOMACY ").get(0);
        assertEquals("/api/v1/modules/b/sections/qs", question.path());
        assertEquals("q1", question.itemId());
        assertEquals("QUESTION", question.kind());
        assertEquals("diplomacy", question.snippet());
        assertEquals(false, question.titleMatch());
        assertEquals(List.of("DOCUMENT"), ContentSearch.search(List.of(bodies), "cold").stream()
                .map(ContentSearch.Hit::kind).toList());
        List<ContentSearch.Hit> tiering = ContentSearch.search(List.of(bodies), "tiering");
        assertEquals(List.of("/api/v1/modules/b/documents/doc", "/api/v1/modules/b/sections/in-doc"),
                tiering.stream().map(ContentSearch.Hit::path).toList());
        assertEquals("doc", tiering.get(0).documentId());
        assertEquals(null, tiering.get(0).sectionId());
        assertEquals("doc", tiering.get(1).documentId());
        assertEquals("in-doc", tiering.get(1).sectionId());
        assertEquals(List.of(), ContentSearch.search(List.of(bodies), "nowhere"));
    }

    @Test
    void snippetsMarkACutOnlyWhereTextWasCut() {
        String atRadius = "x".repeat(60) + "needle" + "y".repeat(60);
        assertEquals(atRadius, snippet(atRadius, "needle"));
        String pastRadius = "x".repeat(61) + "needle" + "y".repeat(61);
        assertEquals("…" + "x".repeat(60) + "needle" + "y".repeat(60) + "…", snippet(pastRadius, "needle"));
    }

    @Test
    void foldingKeepsWhereEachCharacterCameFrom() {
        TextFolding.Folded folded = TextFolding.fold("\u00c9t\u00e9\u2014\uD835\uDC00b");
        assertEquals("ete-ab", folded.text());
        assertEquals(0, folded.originOf(0));
        assertEquals(2, folded.originOf(2));
        assertEquals(3, folded.originOf(3));
        assertEquals(4, folded.originOf(4));
        assertEquals(6, folded.originOf(5));
        assertEquals(List.of("a", "b's"), TextFolding.words("  A\u00a0B\u2019s a "));
    }
}
