package dev.principalprep.content.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import jakarta.ws.rs.NotFoundException;

import dev.principalprep.content.modules.ContentRules;
import dev.principalprep.content.modules.DocumentContent;
import dev.principalprep.content.modules.Item;
import dev.principalprep.content.modules.ModuleContent;
import dev.principalprep.content.modules.Section;
import dev.principalprep.problems.InvalidInput;

/**
 * Edits of a draft as pure functions: each returns a new module and checks the result, so a rejected edit leaves
 * nothing half-changed. Positions are 0-based; a position past the end appends.
 */
public final class DraftEditor {

    private DraftEditor() {
    }

    /** Adds a section to the module's own sections, or to a document's when {@code documentId} is given. */
    public static ModuleContent addSection(ModuleContent module, String documentId, Section section, Integer position) {
        ModuleContent changed;
        if (documentId == null) {
            changed = new ModuleContent(module.id(), module.title(), module.summary(), module.estimatedHours(),
                    insert(module.sections(), section, position), module.documents());
        } else {
            DocumentContent document = module.document(documentId)
                    .orElseThrow(() -> new InvalidInput("document", "no document " + documentId + " in the draft"));
            changed = replaceDocument(module, new DocumentContent(document.id(), document.title(),
                    document.description(), document.keyTopics(), insert(document.sections(), section, position)));
        }
        return checked(changed);
    }

    public static ModuleContent replaceSection(ModuleContent module, String sectionId, Section section) {
        requireSameId(sectionId, section.id());
        return checked(onSectionList(module, sectionId, sections -> replace(sections, sectionId, section)));
    }

    public static ModuleContent deleteSection(ModuleContent module, String sectionId) {
        return checked(onSectionList(module, sectionId, sections -> sections.stream()
                .filter(s -> !s.id().equals(sectionId)).toList()));
    }

    public static ModuleContent moveSection(ModuleContent module, String sectionId, int position) {
        return checked(onSectionList(module, sectionId, sections -> {
            Section moved = find(sections, sectionId);
            List<Section> rest = sections.stream().filter(s -> !s.id().equals(sectionId)).toList();
            return insert(rest, moved, position);
        }));
    }

    public static ModuleContent addItem(ModuleContent module, String sectionId, Item item, Integer position) {
        return onItems(module, sectionId, items -> insert(items, item, position));
    }

    public static ModuleContent replaceItem(ModuleContent module, String sectionId, String itemId, Item item) {
        requireSameId(itemId, item.id());
        return onItems(module, sectionId, items -> {
            requireItem(items, sectionId, itemId);
            return items.stream().map(i -> i.id().equals(itemId) ? item : i).toList();
        });
    }

    public static ModuleContent deleteItem(ModuleContent module, String sectionId, String itemId) {
        return onItems(module, sectionId, items -> {
            requireItem(items, sectionId, itemId);
            return items.stream().filter(i -> !i.id().equals(itemId)).toList();
        });
    }

    public static ModuleContent moveItem(ModuleContent module, String sectionId, String itemId, int position) {
        return onItems(module, sectionId, items -> {
            Item moved = requireItem(items, sectionId, itemId);
            return insert(items.stream().filter(i -> !i.id().equals(itemId)).toList(), moved, position);
        });
    }

    private static ModuleContent onItems(ModuleContent module, String sectionId, UnaryOperator<List<Item>> change) {
        return checked(onSectionList(module, sectionId, sections -> sections.stream()
                .map(s -> s.id().equals(sectionId) ? s.withItems(change.apply(s.items())) : s).toList()));
    }

    /** Applies the change to whichever list (the module's or a document's) holds the section. */
    private static ModuleContent onSectionList(ModuleContent module, String sectionId,
            UnaryOperator<List<Section>> change) {
        if (module.sections().stream().anyMatch(s -> s.id().equals(sectionId))) {
            return new ModuleContent(module.id(), module.title(), module.summary(), module.estimatedHours(),
                    change.apply(module.sections()), module.documents());
        }
        for (DocumentContent document : module.documents()) {
            if (document.sections().stream().anyMatch(s -> s.id().equals(sectionId))) {
                return replaceDocument(module, new DocumentContent(document.id(), document.title(),
                        document.description(), document.keyTopics(), change.apply(document.sections())));
            }
        }
        throw new NotFoundException("No section " + sectionId + " in the draft of " + module.id());
    }

    private static ModuleContent replaceDocument(ModuleContent module, DocumentContent document) {
        return new ModuleContent(module.id(), module.title(), module.summary(), module.estimatedHours(),
                module.sections(), module.documents().stream().map(d -> d.id().equals(document.id()) ? document : d)
                        .toList());
    }

    private static <T> List<T> insert(List<T> list, T element, Integer position) {
        List<T> changed = new ArrayList<>(list);
        int at = position == null ? changed.size() : Math.min(position, changed.size());
        changed.add(at, element);
        return changed;
    }

    private static List<Section> replace(List<Section> sections, String sectionId, Section section) {
        return sections.stream().map(s -> s.id().equals(sectionId) ? section : s).toList();
    }

    private static Section find(List<Section> sections, String sectionId) {
        return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst().orElseThrow();
    }

    private static Item requireItem(List<Item> items, String sectionId, String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new NotFoundException("No item " + itemId + " in section " + sectionId));
    }

    private static void requireSameId(String pathId, String bodyId) {
        if (!pathId.equals(bodyId)) {
            throw new InvalidInput("id", "the body's id " + bodyId + " differs from the path's " + pathId
                    + "; ids are stable, add a new one instead");
        }
    }

    private static ModuleContent checked(ModuleContent module) {
        ContentRules.check(module);
        return module;
    }
}
