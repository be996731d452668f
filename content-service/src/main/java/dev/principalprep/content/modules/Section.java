package dev.principalprep.content.modules;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A typed section: prose, ordered steps with points, a table (columns, rows, footer), tips, a story template (STAR
 * parts, traits, an example), questions, a skills matrix, a prioritized list, a checklist, takeaways or next steps.
 */
@Schema(name = "Section", example = """
        {"id": "seven-step-framework", "kind": "STEPS", "title": "The 7-Step Framework",
         "items": [{"id": "clarify-requirements", "title": "Clarify Requirements",
                    "points": ["Functional requirements", "Non-functional requirements (SLA/SLO)"], "estimatedMinutes": 35}]}""")
public record Section(
        @NotNull @Pattern(regexp = Slugs.PATTERN) String id,
        @NotNull SectionKind kind,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 5000) String text,
        @Size(max = 10) List<@NotBlank @Size(max = 100) String> columns,
        @Size(max = 10) List<@Size(max = 200) String> footer,
        @Size(max = 10) List<@NotBlank @Size(max = 50) String> parts,
        @Valid StoryExample example,
        @Size(max = 200) List<@Valid @NotNull Item> items,
        @Schema(description = "the time the section takes, in minutes") @Min(0) @Max(600) int estimatedMinutes) {

    public Section {
        columns = columns == null ? List.of() : List.copyOf(columns);
        footer = footer == null ? List.of() : List.copyOf(footer);
        parts = parts == null ? List.of() : List.copyOf(parts);
        items = items == null ? List.of() : List.copyOf(items);
    }

    public Section withItems(List<Item> newItems) {
        return new Section(id, kind, title, text, columns, footer, parts, example, newItems, estimatedMinutes);
    }

    public int totalMinutes() {
        return estimatedMinutes + items.stream().mapToInt(Item::estimatedMinutes).sum();
    }

    /** The worked example of a story template. */
    @Schema(name = "StoryExample")
    public record StoryExample(@Size(max = 2000) String situation, @Size(max = 2000) String task,
            @Size(max = 2000) String action, @Size(max = 20) List<@NotBlank @Size(max = 500) String> actionSteps,
            @Size(max = 2000) String result) {
    }
}
