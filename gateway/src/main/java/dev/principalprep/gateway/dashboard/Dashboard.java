package dev.principalprep.gateway.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The home screen in one call, each part asked of the service that owns it. A part whose service did not answer is
 * null and named in {@code missing}; the other parts are still given.
 */
@Schema(name = "Dashboard", requiredProperties = { "learner", "progress", "nextItems", "stories", "latestEstimates", "review",
        "missing" })
public record Dashboard(@Schema(description = "the learner: the token's subject") String learner,
        @Schema(nullable = true, description = "the learner's progress per module; null when progress-service did not answer") List<ModuleSummary> progress,
        @Schema(nullable = true, description = "up to three items to study next, per module, in the module's reading order; null when progress-service did not answer") List<NextItem> nextItems,
        @Schema(nullable = true, description = "the STAR story bank against the module's 5 to 7; null when progress-service did not answer") StoryCount stories,
        @Schema(nullable = true, description = "the three most recent saved estimates, newest first; null when cost-service did not answer") List<LatestEstimate> latestEstimates,
        @Schema(nullable = true, description = "spaced review activity; null when progress-service did not answer") ReviewActivity review,
        @Schema(description = "the parts left out because their service did not answer in time") List<Part> missing) {

    /** A part of the dashboard, as named in {@code missing}. */
    @Schema(name = "DashboardPart")
    public enum Part {
        @JsonProperty("progress")
        PROGRESS,
        @JsonProperty("nextItems")
        NEXT_ITEMS,
        @JsonProperty("studyPlan")
        STUDY_PLAN,
        @JsonProperty("stories")
        STORIES,
        @JsonProperty("latestEstimates")
        LATEST_ESTIMATES,
        @JsonProperty("review")
        REVIEW
    }

    /** One module at a glance. */
    @Schema(name = "DashboardModule", requiredProperties = { "moduleId", "title", "hours", "itemsCompleted", "itemsTotal",
            "percentComplete", "minutesSpent", "minutesRemaining", "costPractice", "skillsAssessed", "topSkill" })
    public record ModuleSummary(@Schema(description = "the module's id") String moduleId,
            @Schema(description = "the module's title") String title,
            @Schema(description = "the time the module asks for, as the module states it") HoursRange hours,
            @Schema(description = "items completed") int itemsCompleted,
            @Schema(description = "items in the module") int itemsTotal,
            @Schema(description = "share of the module's estimated minutes completed, in percent from 0 to 100") BigDecimal percentComplete,
            @Schema(description = "time spent, in minutes") int minutesSpent,
            @Schema(description = "estimated time left, in minutes") int minutesRemaining,
            @Schema(description = "cost passes practised against the module's target") CostPractice costPractice,
            @Schema(description = "whether the learner has assessed their skills for this module; false also when the plan could not be read, and then studyPlan is in missing") boolean skillsAssessed,
            @Schema(nullable = true, description = "the first skill of the study plan: the largest gap of the highest priority; null before an assessment, when every skill is on target, or when the plan could not be read") TopSkill topSkill) {
    }

    /** The module's own time estimate. */
    @Schema(name = "DashboardHours", requiredProperties = { "minHours", "maxHours" })
    public record HoursRange(@Schema(description = "the low end, in hours") BigDecimal minHours,
            @Schema(description = "the high end, in hours") BigDecimal maxHours) {
    }

    /** Cost passes graded so far, against the module's target. */
    @Schema(name = "DashboardCostPractice", requiredProperties = { "passes", "target", "done" })
    public record CostPractice(@Schema(description = "cost passes graded so far") long passes,
            @Schema(description = "cost passes the module asks for") int target,
            @Schema(description = "whether the target is reached") boolean done) {
    }

    /** The skill to study first. */
    @Schema(name = "DashboardTopSkill", requiredProperties = { "skillId", "skill", "level", "target", "estimatedHours" })
    public record TopSkill(@Schema(description = "the skill's id in the module's 2026 matrix") String skillId,
            @Schema(description = "the skill's name") String skill,
            @Schema(description = "the assessed level, from 0 to 5") int level,
            @Schema(description = "the level aimed at, from 0 to 5") int target,
            @Schema(description = "study time to close the gap, in hours") int estimatedHours) {
    }

    /** An item to study next. */
    @Schema(name = "DashboardNextItem", requiredProperties = { "moduleId", "id", "kind", "title", "estimatedMinutes",
            "status" })
    public record NextItem(@Schema(description = "the module's id") String moduleId,
            @Schema(description = "the item id, unique in the module") String id,
            @Schema(description = "what the item is, named after its section's kind") String kind,
            @Schema(description = "the item's title") String title,
            @Schema(description = "the time the item takes, in minutes") int estimatedMinutes,
            @Schema(description = "the learner's state of the item", enumeration = {
                    "NOT_STARTED", "IN_PROGRESS" }) String status){
    }

    /** The story bank's size against the module's target. */
    @Schema(name = "DashboardStories", requiredProperties = { "count", "targetMin", "targetMax", "withinTarget" })
    public record StoryCount(@Schema(description = "stories written") int count,
            @Schema(description = "the fewest stories the module advises") int targetMin,
            @Schema(description = "the most stories the module advises") int targetMax,
            @Schema(description = "whether the count is within the target") boolean withinTarget) {
    }

    /** A saved estimate in brief. */
    @Schema(name = "DashboardEstimate", requiredProperties = { "id", "name", "totalLow", "totalHigh", "createdAt" })
    public record LatestEstimate(@Schema(description = "the estimate's id") UUID id,
            @Schema(description = "the estimate's name") String name,
            @Schema(description = "low end of the total, in USD per month") BigDecimal totalLow,
            @Schema(description = "high end of the total, in USD per month") BigDecimal totalHigh,
            @Schema(nullable = true, description = "when it was saved (ISO 8601 date-time with offset)") OffsetDateTime createdAt) {
    }

    /** Spaced review across the learner's modules. */
    @Schema(name = "DashboardReview", requiredProperties = { "streakDays", "reviewedToday", "dueToday", "newCards",
            "forecast" })
    public record ReviewActivity(@Schema(description = "consecutive days with at least one review, up to today") int streakDays,
            @Schema(description = "cards reviewed today") int reviewedToday,
            @Schema(description = "cards due today or earlier") int dueToday,
            @Schema(description = "cards never reviewed") int newCards,
            @Schema(description = "cards due on each of the coming days") List<ForecastDay> forecast) {
    }

    /** Cards due on one day. */
    @Schema(name = "DashboardForecastDay", requiredProperties = { "day", "due" })
    public record ForecastDay(@Schema(description = "the day (ISO 8601 date, YYYY-MM-DD)") LocalDate day,
            @Schema(description = "cards due that day") int due) {
    }
}
