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
        @Schema(description = "the section's id, a slug unique in the module") @NotNull @Pattern(regexp = Slugs.PATTERN) String id,
        @Schema(description = "what the section holds, which says how to render it and what its items are (a PROSE section has none)") @NotNull SectionKind kind,
        @Schema(description = "the section's title") @NotBlank @Size(max = 200) String title,
        @Schema(description = "the section's prose, before its items (up to 5,000 characters)") @Size(max = 5000) String text,
        @Schema(description = "column headings, in order: a TABLE's or SKILLS_MATRIX's (each row's cells follow them), or those a QUESTIONS section is shown under") @Size(max = 10) List<@NotBlank @Size(max = 100) String> columns,
        @Schema(description = "a TABLE's footer row (such as its total), one cell per column") @Size(max = 10) List<@Size(max = 200) String> footer,
        @Schema(description = "a STORY_TEMPLATE's parts, in the order a story tells them (Situation, Task, Action, Result)") @Size(max = 10) List<@NotBlank @Size(max = 50) String> parts,
        @Schema(description = "a STORY_TEMPLATE's worked example story; null for other kinds", nullable = true) @Valid StoryExample example,
        @Schema(description = "the section's items in order (up to 200; none for PROSE); the kind says what each is") @Size(max = 200) List<@Valid @NotNull Item> items,
        @Schema(description = "study time of the section itself, in minutes (0 to 600), on top of its items' minutes; 0 when only its items carry time") @Min(0) @Max(600) int estimatedMinutes) {

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
    public record StoryExample(
            @Schema(description = "the situation: the context and the problem (up to 2,000 characters)") @Size(max = 2000) String situation,
            @Schema(description = "the task: what the storyteller was responsible for (up to 2,000 characters)") @Size(max = 2000) String task,
            @Schema(description = "the action: what the storyteller did, introducing the steps (up to 2,000 characters)") @Size(max = 2000) String action,
            @Schema(description = "the actions taken, one step each, in order (up to 20)") @Size(max = 20) List<@NotBlank @Size(max = 500) String> actionSteps,
            @Schema(description = "the result: the measured outcome (up to 2,000 characters)") @Size(max = 2000) String result) {
    }
}
