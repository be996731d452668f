package dev.principalprep.content.modules;

import java.util.Date;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What readers see of published modules. */
public final class ModuleViews {

    private ModuleViews() {
    }

    /** A module as listed. */
    @Schema(name = "ModuleSummary")
    public record Summary(String id, String title, @Schema(description = "the latest published version") int version,
            ModuleContent.HoursRange estimatedHours) {
    }

    /** One page of the module list, with what a client needs to ask for the next one. */
    @Schema(name = "ModulePage")
    public record SummaryPage(@Schema(description = "the modules on this page") List<Summary> items,
            @Schema(description = "this page's number, from 0") int page,
            @Schema(description = "the most modules a page holds") int size,
            @Schema(description = "how many modules there are in all") long total) {
    }

    /** A published module version with its content. */
    @Schema(name = "PublishedModule")
    public record Published(@Schema(description = "the version number, from 1") int version,
            @Schema(type = SchemaType.STRING, format = "date-time", description = "when this version was published (UTC)") Date publishedAt,
            ModuleContent content) {
    }

    /** One entry of a module's version history. */
    @Schema(name = "ModuleVersion")
    public record Version(@Schema(description = "the version number, from 1") int version,
            @Schema(type = SchemaType.STRING, format = "date-time", description = "when this version was published (UTC)") Date publishedAt,
            @Schema(description = "the author who published it") String publishedBy) {
    }

    /** A question of the question bank, with where it comes from. */
    @Schema(name = "Question")
    public record Question(String id, String question, List<String> tests, List<String> keyPoints, String section) {
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
