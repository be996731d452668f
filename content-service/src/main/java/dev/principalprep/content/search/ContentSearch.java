package dev.principalprep.content.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.principalprep.content.modules.DocumentContent;
import dev.principalprep.content.modules.Item;
import dev.principalprep.content.modules.ModuleContent;
import dev.principalprep.content.modules.Section;

/**
 * Search over published content in plain Java (the same on MongoDB and its stand-in, without {@code $text}): every
 * word of the query must appear in a place's title or text, in any order, with case, accents and typographic
 * punctuation folded ({@link TextFolding}). Places whose title holds every word rank first; then reading order.
 */
public final class ContentSearch {

    static final int TITLE_SCORE = 10;
    static final int BODY_SCORE = 1;
    private static final int SNIPPET_RADIUS = 60;

    private ContentSearch() {
    }

    /** One place every word was found, with a short snippet, its ids and the API path to read it. */
    @Schema(name = "SearchHit")
    public record Hit(@Schema(description = "the module it is in") String moduleId,
            @Schema(description = "what was found: MODULE, DOCUMENT, a section kind, or an item kind", enumeration = {
                    "MODULE", "DOCUMENT", "PROSE", "STEPS", "TABLE", "TIPS", "STORY_TEMPLATE", "QUESTIONS", "SKILLS_MATRIX",
                    "PRIORITIZED_LIST", "CHECKLIST", "TAKEAWAYS", "NEXT_STEPS", "STEP", "ROW", "TIP", "TRAIT", "QUESTION",
                    "SKILL", "SKILL_TO_ACQUIRE", "CHECKLIST_ITEM", "TAKEAWAY", "NEXT_STEP" }) String kind,
            @Schema(description = "the title of what was found") String title,
            @Schema(description = "the text where the first word was found, as written, cut around it (… marks a cut)") String snippet,
            @Schema(description = "the API path to read it: the module, the document or the section (an item is read in its section)") String path,
            @Schema(description = "the document it is in; absent for the module and its own sections", nullable = true) String documentId,
            @Schema(description = "the section it is, or the section of the item; absent for a module or document", nullable = true) String sectionId,
            @Schema(description = "the item it is, which progress tracks under the same id; absent for anything else", nullable = true) String itemId,
            @Schema(description = "whether the title holds every word") boolean titleMatch,
            @Schema(description = "relevance: 10 when the title holds every word, 1 when the title and text together do") int score){
    }

    /** Every hit of the query in the modules, best first, then in each module's reading order. */
    public static List<Hit> search(List<ModuleContent> modules, String query) {
        List<String> words = TextFolding.words(query);
        List<Hit> hits = new ArrayList<>();
        if (words.isEmpty()) {
            return hits;
        }
        for (ModuleContent module : modules) {
            String base = "/api/v1/modules/" + module.id();
            Place.of(module.title(), Stream.of(module.summary())).match(words)
                    .ifPresent(found -> hits.add(found.hit(module.id(), "MODULE", base, null, null, null)));
            for (DocumentContent document : module.documents()) {
                Place.of(document.title(), Stream.concat(Stream.of(document.description()), document.keyTopics().stream()))
                        .match(words).ifPresent(found -> hits.add(found.hit(module.id(), "DOCUMENT",
                                base + "/documents/" + document.id(), document.id(), null, null)));
            }
            for (ModuleContent.Placed placed : module.readingOrder()) {
                Section section = placed.section();
                String documentId = placed.document() == null ? null : placed.document().id();
                String path = base + "/sections/" + section.id();
                Place.of(section.title(), sectionBody(section)).match(words).ifPresent(found -> hits
                        .add(found.hit(module.id(), section.kind().name(), path, documentId, section.id(), null)));
                for (Item item : section.items()) {
                    Place.of(item.title(), itemBody(item)).match(words).ifPresent(found -> hits.add(found.hit(module.id(),
                            section.kind().itemKind(), path, documentId, section.id(), item.id())));
                }
            }
        }
        return hits.stream().sorted(Comparator.comparingInt(Hit::score).reversed()).toList();
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

    /** A title and its texts, as written and folded. */
    private record Place(String title, TextFolding.Folded foldedTitle, List<String> texts,
            List<TextFolding.Folded> foldedTexts) {

        static Place of(String title, Stream<String> body) {
            String shown = title == null ? "" : title;
            List<String> texts = body.filter(Objects::nonNull).toList();
            return new Place(shown, TextFolding.fold(shown), texts, texts.stream().map(TextFolding::fold).toList());
        }

        /** Found when the title and the texts together hold every word. */
        Optional<Found> match(List<String> words) {
            boolean inTitle = words.stream().allMatch(word -> foldedTitle.text().contains(word));
            if (inTitle) {
                return Optional.of(new Found(title, title, true));
            }
            boolean everywhere = words.stream().allMatch(word -> foldedTitle.text().contains(word)
                    || foldedTexts.stream().anyMatch(text -> text.text().contains(word)));
            if (!everywhere) {
                return Optional.empty();
            }
            for (String word : words) {
                for (int i = 0; i < texts.size(); i++) {
                    int at = foldedTexts.get(i).text().indexOf(word);
                    if (at >= 0) {
                        return Optional.of(new Found(title, snippet(texts.get(i), foldedTexts.get(i), at, word.length()),
                                false));
                    }
                }
            }
            return Optional.of(new Found(title, title, false));
        }
    }

    /** What a place shows when found. */
    private record Found(String title, String snippet, boolean titleMatch) {

        Hit hit(String moduleId, String kind, String path, String documentId, String sectionId, String itemId) {
            return new Hit(moduleId, kind, title, snippet, path, documentId, sectionId, itemId, titleMatch,
                    titleMatch ? TITLE_SCORE : BODY_SCORE);
        }
    }

    /** The text as written, cut {@value #SNIPPET_RADIUS} characters around the folded match at {@code at}. */
    static String snippet(String text, TextFolding.Folded folded, int at, int length) {
        int start = folded.originOf(at);
        int last = folded.originOf(at + length - 1);
        int end = last + Character.charCount(text.codePointAt(last));
        int from = Math.max(0, start - SNIPPET_RADIUS);
        int to = Math.min(text.length(), end + SNIPPET_RADIUS);
        return (from > 0 ? "…" : "") + text.substring(from, to).strip() + (to < text.length() ? "…" : "");
    }
}
