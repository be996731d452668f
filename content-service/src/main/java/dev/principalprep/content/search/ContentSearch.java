package dev.principalprep.content.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.principalprep.content.modules.DocumentContent;
import dev.principalprep.content.modules.Item;
import dev.principalprep.content.modules.ModuleContent;
import dev.principalprep.content.modules.Section;

/**
 * Case-insensitive search over published content without {@code $text} (which the stand-in lacks): every title and
 * body field is scanned, title hits rank above body hits, earlier places break ties.
 */
public final class ContentSearch {

    static final int TITLE_SCORE = 10;
    static final int BODY_SCORE = 1;
    private static final int SNIPPET_RADIUS = 60;

    private ContentSearch() {
    }

    /** One place the query was found, with a short snippet and the API path to read it. */
    public record Hit(@Schema(description = "the module it is in") String moduleId,
            @Schema(description = "what was found: MODULE, DOCUMENT, a section kind, or an item kind", enumeration = {
                    "MODULE", "DOCUMENT", "PROSE", "STEPS", "TABLE", "TIPS", "STORY_TEMPLATE", "QUESTIONS", "SKILLS_MATRIX",
                    "PRIORITIZED_LIST", "CHECKLIST", "TAKEAWAYS", "NEXT_STEPS", "STEP", "ROW", "TIP", "TRAIT", "QUESTION",
                    "SKILL", "SKILL_TO_ACQUIRE", "CHECKLIST_ITEM", "TAKEAWAY", "NEXT_STEP" }) String kind,
            @Schema(description = "the title of what was found") String title,
            @Schema(description = "the matching text, cut around the match") String snippet,
            @Schema(description = "the API path to read it") String path,
            @Schema(description = "whether the title matched") boolean titleMatch,
            @Schema(description = "relevance: 10 for a title match, 1 for a text match") int score){
    }

    public static List<Hit> search(List<ModuleContent> modules, String query, int limit) {
        String needle = query.strip().toLowerCase(Locale.ROOT);
        List<Hit> hits = new ArrayList<>();
        for (ModuleContent module : modules) {
            String base = "/api/v1/modules/" + module.id();
            add(hits, module.id(), "MODULE", module.title(), Stream.of(module.summary()), base, needle);
            for (DocumentContent document : module.documents()) {
                add(hits, module.id(), "DOCUMENT", document.title(),
                        Stream.concat(Stream.of(document.description()), document.keyTopics().stream()),
                        base + "/documents/" + document.id(), needle);
            }
            module.allSections().forEach(section -> {
                String path = base + "/sections/" + section.id();
                add(hits, module.id(), section.kind().name(), section.title(), sectionBody(section), path, needle);
                for (Item item : section.items()) {
                    add(hits, module.id(), section.kind().itemKind(), item.title(), itemBody(item),
                            path + "#" + item.id(), needle);
                }
            });
        }
        return hits.stream().sorted(Comparator.comparingInt(Hit::score).reversed()).limit(limit).toList();
    }

    private static Stream<String> sectionBody(Section section) {
        Stream<String> example = section.example() == null ? Stream.empty()
                : Stream.concat(Stream.of(section.example().situation(), section.example().task(),
                        section.example().action(), section.example().result()), section.example().actionSteps().stream());
        return Stream.of(Stream.of(section.text()), section.columns().stream(), section.footer().stream(),
                section.parts().stream(), example).flatMap(s -> s);
    }

    private static Stream<String> itemBody(Item item) {
        return Stream.of(Stream.of(item.text(), item.group()), item.points().stream(), item.cells().stream(),
                item.tests().stream()).flatMap(s -> s);
    }

    private static void add(List<Hit> hits, String moduleId, String kind, String title, Stream<String> body,
            String path, String needle) {
        if (title != null && title.toLowerCase(Locale.ROOT).contains(needle)) {
            hits.add(new Hit(moduleId, kind, title, title, path, true, TITLE_SCORE));
            return;
        }
        body.filter(text -> text != null && text.toLowerCase(Locale.ROOT).contains(needle)).findFirst()
                .ifPresent(text -> hits.add(new Hit(moduleId, kind, title, snippet(text, needle), path, false, BODY_SCORE)));
    }

    static String snippet(String text, String needle) {
        int at = text.toLowerCase(Locale.ROOT).indexOf(needle);
        int from = Math.max(0, at - SNIPPET_RADIUS);
        int to = Math.min(text.length(), at + needle.length() + SNIPPET_RADIUS);
        return (from > 0 ? "…" : "") + text.substring(from, to).strip() + (to < text.length() ? "…" : "");
    }
}
