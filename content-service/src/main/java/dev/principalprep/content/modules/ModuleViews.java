package dev.principalprep.content.modules;

import java.util.Date;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What readers see of published modules. */
public final class ModuleViews {

    private ModuleViews() {
    }

    /** A module as listed. */
    @Schema(name = "ModuleSummary")
    public record Summary(String id, String title, int version, ModuleContent.HoursRange estimatedHours) {
    }

    /** A published module version with its content. */
    @Schema(name = "PublishedModule")
    public record Published(int version, Date publishedAt, ModuleContent content) {
    }

    /** One entry of a module's version history. */
    @Schema(name = "ModuleVersion")
    public record Version(int version, Date publishedAt, String publishedBy) {
    }

    /** A question of the question bank, with where it comes from. */
    @Schema(name = "Question")
    public record Question(String id, String question, List<String> tests, List<String> keyPoints, String section) {
    }

    /** A skill of the 2026 matrix. */
    @Schema(name = "Skill")
    public record Skill(String id, String skill, String status2024, String status2025, String status2026,
            String importance) {
    }

    /** The skills matrix with the module's priorities of skills to acquire. */
    @Schema(name = "SkillsMatrix")
    public record SkillsMatrix(List<Skill> skills, List<Item> toAcquire) {
    }

    /** The mock interview checklist by phase. */
    @Schema(name = "Checklist")
    public record Checklist(String id, String title, List<Group> groups) {

        /** One phase: before, during or after the interview. */
        @Schema(name = "ChecklistGroup")
        public record Group(String title, List<Item> items) {
        }
    }
}
