package dev.principalprep.content.modules;

import java.util.Date;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.principalprep.paging.Paged;

/** What readers see of published modules. */
public final class ModuleViews {

    private ModuleViews() {
    }

    /** A module as listed. */
    @Schema(name = "ModuleSummary")
    public record Summary(@Schema(description = "the module's id, as in /api/v1/modules/{id}") String id,
            @Schema(description = "the module's title") String title,
            @Schema(description = "the latest published version, from 1") int version,
            @Schema(description = "the study time the curriculum gives the module, as a range in hours") ModuleContent.HoursRange estimatedHours) {
    }

    /** One page of the module list, with what a client needs to ask for the next one. */
    @Schema(name = "ModulePage")
    public record SummaryPage(@Schema(description = "the modules on this page") List<Summary> items,
            @Schema(description = "this page's number, from 0") int page,
            @Schema(description = "the most modules a page holds") int size,
            @Schema(description = "how many modules there are in all") long total) implements Paged {
    }

    /** A published module version with its content and the order it is read in. */
    @Schema(name = "PublishedModule")
    public record Published(@Schema(description = "the version number, from 1") int version,
            @Schema(type = SchemaType.STRING, format = "date-time", description = "when this version was published (UTC)", example = "2026-03-01T09:30:00Z") Date publishedAt,
            @Schema(description = "the module's content as published in this version") ModuleContent content,
            @Schema(description = "every section in the order a reader goes through the module: its introductions, then each document's sections in order, then its closing sections (checklist, takeaways, next steps)") List<ReadingStep> readingOrder) {

        public static Published of(int version, Date publishedAt, ModuleContent content) {
            return new Published(version, publishedAt, content, content.readingOrder().stream()
                    .map(placed -> new ReadingStep(placed.position(),
                            placed.document() == null ? null : placed.document().id(), placed.section().id(),
                            placed.section().title()))
                    .toList());
        }
    }

    /** One section's place in the module's reading order. */
    @Schema(name = "ReadingStep")
    public record ReadingStep(@Schema(description = "where the section is read, from 1") int position,
            @Schema(description = "the document the section belongs to; absent for the module's own sections", nullable = true) String documentId,
            @Schema(description = "the section id") String sectionId,
            @Schema(description = "the section's title") String title) {
    }

    /** One entry of a module's version history. */
    @Schema(name = "ModuleVersion")
    public record Version(@Schema(description = "the version number, from 1") int version,
            @Schema(type = SchemaType.STRING, format = "date-time", description = "when this version was published (UTC)", example = "2026-03-01T09:30:00Z") Date publishedAt,
            @Schema(description = "the author who published it: the subject of their token") String publishedBy) {
    }

    /** A question of the question bank, with where it comes from. */
    @Schema(name = "Question")
    public record Question(@Schema(description = "the question's item id") String id,
            @Schema(description = "the question as an interviewer asks it") String question,
            @Schema(description = "what the question tests") List<String> tests,
            @Schema(description = "the points a strong answer makes (the same name as a section item's points)") List<String> points,
            @Schema(description = "the id of the section the question comes from") String section) {
    }

    /** A skill of the 2026 matrix. */
    @Schema(name = "Skill")
    public record Skill(@Schema(description = "the skill's item id") String id,
            @Schema(description = "the skill's name") String skill, @Schema(description = "its status in 2024", enumeration = {
                    "New", "Hype", "Emerging", "Growing", "Important", "Critical", "Standard", "Mature", "Niche",
                    "Declining" }) String status2024,
            @Schema(description = "its status in 2025", enumeration = { "New", "Hype", "Emerging", "Growing", "Important",
                    "Critical", "Standard", "Mature", "Niche", "Declining" }) String status2025,
            @Schema(description = "its status in 2026", enumeration = { "New", "Hype", "Emerging", "Growing", "Important",
                    "Critical", "Standard", "Mature", "Niche", "Declining" }) String status2026,
            @Schema(description = "how much it matters for a Staff/Principal interview", enumeration = { "Critical", "High",
                    "Medium", "Low", "Very Low" }) String importance){
    }

    /** The skills matrix with the module's priorities of skills to acquire. */
    @Schema(name = "SkillsMatrix")
    public record SkillsMatrix(@Schema(description = "the skills of the 2026 matrix, in the module's order") List<Skill> skills,
            @Schema(description = "the skills to acquire, in the module's order, each with its priority from 1 (first) to 3 and the matrix skill it develops") List<Item> toAcquire) {
    }

    /** The mock interview checklist by phase. */
    @Schema(name = "Checklist")
    public record Checklist(@Schema(description = "the id of the module's checklist section") String id,
            @Schema(description = "the checklist section's title") String title,
            @Schema(description = "the checklist's items by phase, in the module's order") List<Group> groups) {

        /** One phase: before, during or after the interview. */
        @Schema(name = "ChecklistGroup")
        public record Group(
                @Schema(description = "the phase, as its items' group names it (such as Before the Interview)") String title,
                @Schema(description = "the checklist items of this phase, in the module's order; progress-service tracks each under its id") List<Item> items) {
        }
    }
}
