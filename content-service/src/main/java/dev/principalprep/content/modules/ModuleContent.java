package dev.principalprep.content.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A module as structured content: module-level sections (overview, checklist, takeaways, next steps) and its
 * documents, each with typed sections. The same shape serves the draft, the published versions and the seed.
 */
@Schema(name = "Module")
public record ModuleContent(
        @Schema(description = "the module's id, a slug (such as module-9), as in /api/v1/modules/{id}") @NotNull @Pattern(regexp = Slugs.PATTERN) String id,
        @Schema(description = "the module's title") @NotBlank @Size(max = 200) String title,
        @Schema(description = "what the module prepares for, in prose (up to 5,000 characters)") @Size(max = 5000) String summary,
        @Schema(description = "the study time the curriculum gives the module, as a range in hours") @NotNull @Valid HoursRange estimatedHours,
        @Schema(description = "the module's own sections, outside its documents: introductions (PROSE), read first, and closing sections (checklist, takeaways, next steps), read last") @Size(max = 50) List<@Valid @NotNull Section> sections,
        @Schema(description = "the module's documents, in reading order (up to 20)") @Size(max = 20) List<@Valid @NotNull DocumentContent> documents) {

    public ModuleContent {
        sections = sections == null ? List.of() : List.copyOf(sections);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** How long the module takes, as the curriculum gives it. */
    @Schema(name = "HoursRange")
    public record HoursRange(
            @Schema(description = "the low estimate, in hours") @jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(1000) int min,
            @Schema(description = "the high estimate, in hours") @jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(1000) int max) {
    }

    /**
     * Every section in reading order: the module's introductions (its PROSE sections) first, then each document's
     * sections in order, then the module's closing sections (checklist, takeaways, next steps), as the module reads.
     */
    public Stream<Section> allSections() {
        return readingOrder().stream().map(Placed::section);
    }

    /** A section where it is read: its position from 1, and its document (none for the module's own sections). */
    public record Placed(int position, DocumentContent document, Section section) {
    }

    public List<Placed> readingOrder() {
        List<Placed> order = new ArrayList<>();
        sections.stream().filter(ModuleContent::opens).forEach(s -> order.add(new Placed(order.size() + 1, null, s)));
        documents.forEach(d -> d.sections().forEach(s -> order.add(new Placed(order.size() + 1, d, s))));
        sections.stream().filter(s -> !opens(s)).forEach(s -> order.add(new Placed(order.size() + 1, null, s)));
        return order;
    }

    private static boolean opens(Section section) {
        return section.kind() == SectionKind.PROSE;
    }

    public Optional<DocumentContent> document(String documentId) {
        return documents.stream().filter(d -> d.id().equals(documentId)).findFirst();
    }

    public Optional<Section> section(String sectionId) {
        return allSections().filter(s -> s.id().equals(sectionId)).findFirst();
    }

    /** Every id in the module: its own, its documents', sections' and items'. */
    public List<String> allIds() {
        List<String> ids = new ArrayList<>();
        ids.add(id);
        documents.forEach(d -> ids.add(d.id()));
        allSections().forEach(s -> {
            ids.add(s.id());
            s.items().forEach(i -> ids.add(i.id()));
        });
        return ids;
    }

    public int estimatedMinutes() {
        return allSections().mapToInt(Section::totalMinutes).sum();
    }
}
