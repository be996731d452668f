package dev.principalprep.gateway.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the services' answers into the dashboard's parts. The services' own contracts name the fields read here;
 * a part is built only from an answer that arrived.
 */
final class DashboardParts {

    static final int NEXT_ITEMS_PER_MODULE = 3;
    private static final String COMPLETED = "COMPLETED";
    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private DashboardParts() {
    }

    /** One module from progress-service's {@code ModuleProgress}, with the top skill of its plan when known. */
    static Dashboard.ModuleSummary module(JsonNode progress, boolean skillsAssessed, Dashboard.TopSkill topSkill) {
        JsonNode estimate = progress.path("estimate");
        JsonNode practice = progress.path("costPractice");
        return new Dashboard.ModuleSummary(progress.path("moduleId").asText(), progress.path("title").asText(),
                new Dashboard.HoursRange(hours(estimate.path("minMinutes").asInt()),
                        hours(estimate.path("maxMinutes").asInt())),
                progress.path("itemsCompleted").asInt(), progress.path("itemsTotal").asInt(),
                progress.path("percentComplete").decimalValue(), progress.path("minutesSpent").asInt(),
                progress.path("minutesRemaining").asInt(),
                new Dashboard.CostPractice(practice.path("passes").asLong(), practice.path("target").asInt(),
                        practice.path("done").asBoolean()),
                skillsAssessed, topSkill);
    }

    /** The items of one module to study next: those in progress first, then those not started, in reading order. */
    static List<Dashboard.NextItem> nextItems(JsonNode progress) {
        String moduleId = progress.path("moduleId").asText();
        return StreamSupport.stream(progress.path("items").spliterator(), false)
                .filter(item -> !COMPLETED.equals(item.path("status").asText()))
                .sorted(Comparator.comparing(item -> !IN_PROGRESS.equals(item.path("status").asText())))
                .limit(NEXT_ITEMS_PER_MODULE)
                .map(item -> new Dashboard.NextItem(moduleId, item.path("id").asText(), item.path("kind").asText(),
                        item.path("title").asText(), item.path("estimatedMinutes").asInt(), item.path("status").asText()))
                .toList();
    }

    /** The first entry of a skills plan's study order, or null when every skill is on target. */
    static Dashboard.TopSkill topSkill(JsonNode plan) {
        JsonNode first = plan.path("plan").path(0);
        if (first.isMissingNode()) {
            return null;
        }
        return new Dashboard.TopSkill(first.path("skillId").asText(), first.path("skill").asText(),
                first.path("level").asInt(), first.path("target").asInt(), first.path("estimatedHours").asInt());
    }

    /** The story count from progress-service's {@code StoryBank}. */
    static Dashboard.StoryCount stories(JsonNode bank) {
        int count = bank.path("count").asInt();
        int min = bank.path("targetMin").asInt();
        int max = bank.path("targetMax").asInt();
        return new Dashboard.StoryCount(count, min, max, count >= min && count <= max);
    }

    /** The estimates of cost-service's {@code EstimatePage}, in its order (newest first). */
    static List<Dashboard.LatestEstimate> latestEstimates(JsonNode page) {
        List<Dashboard.LatestEstimate> estimates = new ArrayList<>();
        page.path("items").forEach(estimate -> estimates.add(new Dashboard.LatestEstimate(
                UUID.fromString(estimate.path("id").asText()), estimate.path("name").asText(),
                estimate.path("totalLow").decimalValue(), estimate.path("totalHigh").decimalValue(),
                estimate.hasNonNull("createdAt") ? OffsetDateTime.parse(estimate.path("createdAt").asText()) : null)));
        return estimates;
    }

    /** The review activity from progress-service's {@code ReviewSummary}, without its per-module detail. */
    static Dashboard.ReviewActivity review(JsonNode summary) {
        List<Dashboard.ForecastDay> forecast = new ArrayList<>();
        summary.path("forecast").forEach(day -> forecast.add(
                new Dashboard.ForecastDay(LocalDate.parse(day.path("day").asText()), day.path("due").asInt())));
        return new Dashboard.ReviewActivity(summary.path("streakDays").asInt(), summary.path("reviewedToday").asInt(),
                summary.path("dueToday").asInt(), summary.path("newCards").asInt(), forecast);
    }

    private static BigDecimal hours(int minutes) {
        return BigDecimal.valueOf(minutes).divide(MINUTES_PER_HOUR, 1, RoundingMode.HALF_UP);
    }
}
