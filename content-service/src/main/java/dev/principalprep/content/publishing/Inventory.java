package dev.principalprep.content.publishing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import dev.principalprep.content.modules.Item;
import dev.principalprep.content.modules.ModuleContent;
import dev.principalprep.content.modules.Section;
import dev.principalprep.content.modules.SectionKind;
import dev.principalprep.events.ModulePublished;

/**
 * The trackable items of a module version, for progress-service: every item of every section, and a section that
 * carries study time of its own (the STAR example), in study order.
 */
public final class Inventory {

    static final String SECTION_KIND = "SECTION";

    private Inventory() {
    }

    public static ModulePublished of(ModuleContent module, int version) {
        List<ModulePublished.Item> items = new ArrayList<>();
        // Study order, as the module reads: its documents first, then the checklist, takeaways and next steps.
        Stream.concat(module.documents().stream().flatMap(d -> d.sections().stream()), module.sections().stream())
                .forEach(section -> {
                    if (section.estimatedMinutes() > 0) {
                        items.add(new ModulePublished.Item(section.id(), SECTION_KIND, section.title(),
                                section.estimatedMinutes(), sectionAttributes(section)));
                    }
                    addItems(section, items);
                });
        return new ModulePublished(module.id(), version, module.title(), module.estimatedHours().min(),
                module.estimatedHours().max(), items);
    }

    private static void addItems(Section section, List<ModulePublished.Item> items) {
        section.items().forEach(item -> items.add(new ModulePublished.Item(item.id(), section.kind().itemKind(),
                item.title(), item.estimatedMinutes(), attributes(section, item))));
    }

    static Map<String, String> attributes(Section section, Item item) {
        Map<String, String> attributes = new LinkedHashMap<>();
        switch (section.kind()) {
            case SKILLS_MATRIX, TABLE -> {
                // The first column is the row's name, already the item's title.
                for (int c = 1; c < section.columns().size() && c < item.cells().size(); c++) {
                    attributes.put(section.columns().get(c).toLowerCase(Locale.ROOT), item.cells().get(c));
                }
            }
            case PRIORITIZED_LIST -> {
                put(attributes, "priority", item.priority() == null ? null : item.priority().toString());
                put(attributes, "skill", item.skill());
                put(attributes, "group", item.group());
            }
            case CHECKLIST -> put(attributes, "group", item.group());
            case QUESTIONS -> {
                put(attributes, "tests", String.join(", ", item.tests()));
                put(attributes, "points", String.join("; ", item.points()));
            }
            case STEPS -> put(attributes, "points", String.join("; ", item.points()));
            case STORY_TEMPLATE -> put(attributes, "text", item.text());
            default -> {
            }
        }
        return attributes.isEmpty() ? null : attributes;
    }

    /** A section studied on its own: the STAR template names its parts. */
    static Map<String, String> sectionAttributes(Section section) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (section.kind() == SectionKind.STORY_TEMPLATE) {
            put(attributes, "parts", String.join(", ", section.parts()));
        }
        return attributes.isEmpty() ? null : attributes;
    }

    private static void put(Map<String, String> attributes, String key, String value) {
        if (value != null && !value.isBlank()) {
            attributes.put(key, value);
        }
    }
}
