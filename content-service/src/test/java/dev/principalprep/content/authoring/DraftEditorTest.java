package dev.principalprep.content.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import jakarta.ws.rs.NotFoundException;

import org.junit.jupiter.api.Test;

import dev.principalprep.content.modules.DocumentContent;
import dev.principalprep.content.modules.Item;
import dev.principalprep.content.modules.ModuleContent;
import dev.principalprep.content.modules.Section;
import dev.principalprep.content.modules.SectionKind;
import dev.principalprep.problems.InvalidInput;

class DraftEditorTest {

    private static Item item(String id) {
        return new Item(id, id.toUpperCase(), null, null, null, null, null, null, null, 5);
    }

    private static Section steps(String id, Item... items) {
        return new Section(id, SectionKind.STEPS, "Steps " + id, null, null, null, null, null, List.of(items), 0);
    }

    private final ModuleContent module = new ModuleContent("m", "M", null, new ModuleContent.HoursRange(1, 2),
            List.of(steps("top", item("a"), item("b"))),
            List.of(new DocumentContent("doc", "Doc", null, null, List.of(steps("inner", item("c"))))));

    @Test
    void addsAndMovesSectionsInTheListThatHoldsThem() {
        ModuleContent added = DraftEditor.addSection(module, "doc", steps("second", item("d")), 0);
        assertEquals(List.of("second", "inner"), added.documents().get(0).sections().stream().map(Section::id).toList());
        ModuleContent moved = DraftEditor.moveSection(added, "second", 9);
        assertEquals(List.of("inner", "second"), moved.documents().get(0).sections().stream().map(Section::id).toList());
        assertEquals(List.of("top"), moved.sections().stream().map(Section::id).toList());
    }

    @Test
    void editsItemsInPlace() {
        ModuleContent moved = DraftEditor.moveItem(module, "top", "b", 0);
        assertEquals(List.of("b", "a"), moved.sections().get(0).items().stream().map(Item::id).toList());
        ModuleContent replaced = DraftEditor.replaceItem(moved, "top", "a",
                new Item("a", "Renamed", null, null, null, null, null, null, null, 9));
        assertEquals("Renamed", replaced.section("top").orElseThrow().items().get(1).title());
        assertEquals(List.of("b"), DraftEditor.deleteItem(replaced, "top", "a").sections().get(0).items().stream()
                .map(Item::id).toList());
    }

    @Test
    void refusesDuplicateIdsUnknownPlacesAndChangedIds() {
        InvalidInput duplicate = assertThrows(InvalidInput.class, () -> DraftEditor.addItem(module, "inner", item("a"), null));
        assertEquals(409, duplicate.status());
        assertThrows(NotFoundException.class, () -> DraftEditor.deleteSection(module, "nowhere"));
        assertThrows(NotFoundException.class, () -> DraftEditor.replaceItem(module, "top", "zz", item("zz")));
        assertEquals("id", assertThrows(InvalidInput.class,
                () -> DraftEditor.replaceItem(module, "top", "a", item("other"))).field());
        assertEquals("document", assertThrows(InvalidInput.class,
                () -> DraftEditor.addSection(module, "no-doc", steps("x"), null)).field());
    }

    @Test
    void leavesTheOriginalUntouched() {
        DraftEditor.deleteSection(module, "top");
        assertEquals(1, module.sections().size());
    }

    @Test
    void deletesOnlyTheNamedSectionWhereverItIs() {
        ModuleContent two = DraftEditor.addSection(module, null, steps("second", item("d")), null);
        assertEquals(List.of("second"), DraftEditor.deleteSection(two, "top").sections().stream().map(Section::id)
                .toList());
        assertEquals(List.of(), DraftEditor.deleteSection(module, "inner").documents().get(0).sections());
        assertEquals(List.of("top"), DraftEditor.deleteSection(module, "inner").sections().stream().map(Section::id)
                .toList());
    }

    @Test
    void movesTheNamedSectionNotTheFirst() {
        ModuleContent two = DraftEditor.addSection(module, null, steps("second", item("d")), null);
        assertEquals(List.of("second", "top"), DraftEditor.moveSection(two, "second", 0).sections().stream()
                .map(Section::id).toList());
    }

    @Test
    void replacesASectionInTheListThatHoldsIt() {
        Section renamed = new Section("top", SectionKind.STEPS, "Renamed", null, null, null, null, null,
                List.of(item("a")), 0);
        ModuleContent two = DraftEditor.addSection(module, null, steps("second", item("d")), null);
        ModuleContent replaced = DraftEditor.replaceSection(two, "top", renamed);
        assertEquals(List.of("Renamed", "Steps second"), replaced.sections().stream().map(Section::title).toList());
        assertEquals(List.of("a"), replaced.sections().get(0).items().stream().map(Item::id).toList());
        assertEquals("id", assertThrows(InvalidInput.class,
                () -> DraftEditor.replaceSection(module, "top", steps("other"))).field());
    }

    @Test
    void addsAnItemAtItsPositionOrAtTheEnd() {
        assertEquals(List.of("a", "n", "b"), DraftEditor.addItem(module, "top", item("n"), 1).sections().get(0)
                .items().stream().map(Item::id).toList());
        assertEquals(List.of("c", "n"), DraftEditor.addItem(module, "inner", item("n"), null).documents().get(0)
                .sections().get(0).items().stream().map(Item::id).toList());
    }

    @Test
    void checksTheEditedModuleAgainstTheContentRules() {
        Section prose = new Section("prose", SectionKind.PROSE, "Prose", "text", null, null, null, null, List.of(), 0);
        ModuleContent withProse = DraftEditor.addSection(module, null, prose, null);
        assertEquals("sections[1].items", assertThrows(InvalidInput.class,
                () -> DraftEditor.addItem(withProse, "prose", item("x"), null)).field());
    }
}
