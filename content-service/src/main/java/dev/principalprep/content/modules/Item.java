package dev.principalprep.content.modules;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A trackable item: a step (title, points), a table row or skill (cells by column), a question (tests, key points),
 * a checklist item (group), a skill to acquire (priority, the matrix skill it develops), a trait, tip, takeaway or
 * next step (title, text).
 */
@Schema(name = "Item")
public record Item(
        @NotNull @Pattern(regexp = Slugs.PATTERN) String id,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 2000) String text,
        @Size(max = 50) List<@NotBlank @Size(max = 500) String> points,
        @Size(max = 10) List<@Size(max = 200) String> cells,
        @Size(max = 10) List<@NotBlank @Size(max = 100) String> tests,
        @Size(max = 100) String group,
        @Schema(description = "for a skill to acquire, its priority from 1 (first) to 3") @Min(1) @Max(3) Integer priority,
        @Schema(description = "the skills-matrix item a skill to acquire develops") @Pattern(regexp = Slugs.PATTERN) String skill,
        @Schema(description = "the time the item takes, in minutes") @Min(0) @Max(600) int estimatedMinutes) {

    public Item {
        points = points == null ? List.of() : List.copyOf(points);
        cells = cells == null ? List.of() : List.copyOf(cells);
        tests = tests == null ? List.of() : List.copyOf(tests);
    }
}
