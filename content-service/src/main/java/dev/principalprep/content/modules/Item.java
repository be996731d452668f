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
        @Schema(description = "the item's id, a slug unique in the module; progress-service tracks the item under the same id") @NotNull @Pattern(regexp = Slugs.PATTERN) String id,
        @Schema(description = "the item's title: a step's name, a row's or skill's name, a question as asked, a checklist line, a trait, tip, takeaway or next step") @NotBlank @Size(max = 300) String title,
        @Schema(description = "the item's explanation where it has one, such as a trait's or a takeaway's (up to 2,000 characters)") @Size(max = 2000) String text,
        @Schema(description = "the points a step covers or a strong answer to a question makes, in order (up to 50)") @Size(max = 50) List<@NotBlank @Size(max = 500) String> points,
        @Schema(description = "a table row's or skill's cells, one per column of its section, in the columns' order") @Size(max = 10) List<@Size(max = 200) String> cells,
        @Schema(description = "for a question, what it tests, each a short phrase (up to 10)") @Size(max = 10) List<@NotBlank @Size(max = 100) String> tests,
        @Schema(description = "the group the item is listed under: a checklist item's phase (Before the Interview, During the Interview, After the Interview), a skill to acquire's priority (Priority 1 (Critical))") @Size(max = 100) String group,
        @Schema(description = "for a skill to acquire, its priority from 1 (first) to 3") @Min(1) @Max(3) Integer priority,
        @Schema(description = "the skills-matrix item a skill to acquire develops") @Pattern(regexp = Slugs.PATTERN) String skill,
        @Schema(description = "the time the item takes, in minutes (0 to 600)") @Min(0) @Max(600) int estimatedMinutes) {

    public Item {
        points = points == null ? List.of() : List.copyOf(points);
        cells = cells == null ? List.of() : List.copyOf(cells);
        tests = tests == null ? List.of() : List.copyOf(tests);
    }
}
