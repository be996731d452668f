package dev.principalprep.content.publishing;

import java.util.ArrayList;
import java.util.List;

import dev.principalprep.content.modules.ModuleContent;
import dev.principalprep.content.modules.Section;
import dev.principalprep.events.ModulePublished;

/**
 * The trackable items of a module version, for progress-service: every item of every section, and a section that
 * carries study time of its own (the STAR example), in curriculum order.
 */
public final class Inventory {

    static final String SECTION_KIND = "SECTION";

    private Inventory() {
    }

    public static ModulePublished of(ModuleContent module, int version) {
        List<ModulePublished.Item> items = new ArrayList<>();
        module.allSections().forEach(section -> {
            if (section.estimatedMinutes() > 0) {
                items.add(new ModulePublished.Item(section.id(), SECTION_KIND, section.title(), section.estimatedMinutes()));
            }
            addItems(section, items);
        });
        return new ModulePublished(module.id(), version, module.title(), module.estimatedHours().min(),
                module.estimatedHours().max(), items);
    }

    private static void addItems(Section section, List<ModulePublished.Item> items) {
        section.items().forEach(item -> items.add(new ModulePublished.Item(item.id(), section.kind().itemKind(),
                item.title(), item.estimatedMinutes())));
    }
}
