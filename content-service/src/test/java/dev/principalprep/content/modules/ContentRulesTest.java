package dev.principalprep.content.modules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.principalprep.problems.InvalidInput;

class ContentRulesTest {

    private static Item item(String id) {
        return new Item(id, id, null, null, null, null, null, null, null, 1);
    }

    private static Section section(SectionKind kind, List<String> columns, Item... items) {
        return new Section("s", kind, "S", null, columns, null, null, null, List.of(items), 0);
    }

    private static ModuleContent module(ModuleContent.HoursRange hours, List<Section> sections,
            List<DocumentContent> documents) {
        return new ModuleContent("m", "M", null, hours, sections, documents);
    }

    private static InvalidInput refusal(Section section) {
        return assertThrows(InvalidInput.class, () -> ContentRules.checkSection(section, "here"));
    }

    @Test
    void hoursMayBeEqualButMinNeverAboveMax() {
        assertDoesNotThrow(() -> ContentRules.check(module(new ModuleContent.HoursRange(2, 2), List.of(), List.of())));
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> ContentRules.check(module(new ModuleContent.HoursRange(3, 2), List.of(), List.of())));
        assertEquals("estimatedHours.min", refused.field());
    }

    @Test
    void anIdUsedTwiceAnywhereIsAConflict() {
        ModuleContent twice = module(new ModuleContent.HoursRange(1, 2),
                List.of(section(SectionKind.STEPS, null, item("x"))),
                List.of(new DocumentContent("x", "Doc", null, null, List.of())));
        InvalidInput refused = assertThrows(InvalidInput.class, () -> ContentRules.check(twice));
        assertEquals(409, refused.status());
        assertEquals("id", refused.field());
    }

    @Test
    void sectionsInsideDocumentsAreCheckedWithTheirPath() {
        ModuleContent nested = module(new ModuleContent.HoursRange(1, 2), List.of(),
                List.of(new DocumentContent("d", "Doc", null, null, List.of(section(SectionKind.TABLE, List.of())))));
        assertEquals("documents[0].sections[0].columns",
                assertThrows(InvalidInput.class, () -> ContentRules.check(nested)).field());
        ModuleContent top = module(new ModuleContent.HoursRange(1, 2),
                List.of(section(SectionKind.PROSE, null, item("i"))), List.of());
        assertEquals("sections[0].items", assertThrows(InvalidInput.class, () -> ContentRules.check(top)).field());
    }

    @Test
    void eachKindGetsWhatItNeeds() {
        assertEquals("here.items", refusal(section(SectionKind.PROSE, null, item("i"))).field());
        assertEquals("here.example", refusal(new Section("s", SectionKind.STEPS, "S", null, null, null, null,
                new Section.StoryExample("s", "t", "a", List.of(), "r"), List.of(), 0)).field());
        assertDoesNotThrow(() -> ContentRules.checkSection(new Section("s", SectionKind.STORY_TEMPLATE, "S", null, null,
                null, null, new Section.StoryExample("s", "t", "a", List.of(), "r"), List.of(), 0), "here"));
        assertEquals("here.columns", refusal(section(SectionKind.SKILLS_MATRIX, List.of())).field());
        assertEquals("here.items[0].cells", refusal(section(SectionKind.TABLE, List.of("a", "b"),
                new Item("r", "R", null, null, List.of("only one"), null, null, null, null, 1))).field());
        assertDoesNotThrow(() -> ContentRules.checkSection(section(SectionKind.TABLE, List.of("a"),
                new Item("r", "R", null, null, List.of("one"), null, null, null, null, 1)), "here"));
        assertEquals("here.items[0].tests", refusal(section(SectionKind.QUESTIONS, null, item("q"))).field());
        assertDoesNotThrow(() -> ContentRules.checkSection(section(SectionKind.QUESTIONS, null,
                new Item("q", "Q", null, null, null, List.of("diplomacy"), null, null, null, 1)), "here"));
        assertEquals("here.items[0].priority", refusal(section(SectionKind.PRIORITIZED_LIST, null, item("p"))).field());
        assertDoesNotThrow(() -> ContentRules.checkSection(section(SectionKind.PRIORITIZED_LIST, null,
                new Item("p", "P", null, null, null, null, null, 1, null, 1)), "here"));
        assertEquals("here.items[0].group", refusal(section(SectionKind.CHECKLIST, null, item("c"))).field());
        assertEquals("here.items[0].group", refusal(section(SectionKind.CHECKLIST, null,
                new Item("c", "C", null, null, null, null, " ", null, null, 1))).field());
        assertDoesNotThrow(() -> ContentRules.checkSection(section(SectionKind.CHECKLIST, null,
                new Item("c", "C", null, null, null, null, "before", null, null, 1)), "here"));
        assertDoesNotThrow(() -> ContentRules.checkSection(section(SectionKind.TIPS, null, item("t")), "here"));
    }

    @Test
    void aProseItemIsRefusedEvenWhenCheckedAlone() {
        Section prose = section(SectionKind.PROSE, null);
        assertEquals("here", assertThrows(InvalidInput.class, () -> ContentRules.checkItem(prose, item("i"), "here"))
                .field());
    }

    @Test
    void aSkillsMatrixHoldsOnlyTheClosedStatusesAndImportances() {
        List<String> columns = List.of("Skill", "2026", "Importance");
        assertDoesNotThrow(() -> ContentRules.checkSection(section(SectionKind.SKILLS_MATRIX, columns,
                new Item("s", "S", null, null, List.of("Anything", "Critical", "Very Low"), null, null, null, null, 1)),
                "here"));
        InvalidInput status = refusal(section(SectionKind.SKILLS_MATRIX, columns,
                new Item("s", "S", null, null, List.of("Anything", "Essential", "High"), null, null, null, null, 1)));
        assertEquals("here.items[0].cells[1]", status.field());
        assertEquals("a 2026 status is one of Critical, Declining, Emerging, Growing, Hype, Important, Mature, New, "
                + "Niche, Standard", status.getMessage());
        InvalidInput importance = refusal(section(SectionKind.SKILLS_MATRIX, columns,
                new Item("s", "S", null, null, List.of("Anything", "Mature", "Huge"), null, null, null, null, 1)));
        assertEquals("here.items[0].cells[2]", importance.field());
        assertEquals("an importance is one of Critical, High, Low, Medium, Very Low", importance.getMessage());
        assertEquals("here.items[0].cells", refusal(section(SectionKind.SKILLS_MATRIX, columns,
                new Item("s", "S", null, null, List.of("Anything"), null, null, null, null, 1))).field());
    }
}
