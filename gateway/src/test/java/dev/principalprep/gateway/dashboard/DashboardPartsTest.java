package dev.principalprep.gateway.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

class DashboardPartsTest {

    private static final ObjectReader JSON = new ObjectMapper().reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void aModuleStatesItsHoursFromItsMinutesAndCarriesItsCounts() {
        Dashboard.TopSkill skill = new Dashboard.TopSkill("finops", "FinOps", 2, 4, 65);
        Dashboard.ModuleSummary module = DashboardParts.module(read("""
                {"moduleId": "module-9", "title": "Module 9", "itemsCompleted": 2, "itemsTotal": 74,
                 "percentComplete": 7.5, "minutesSpent": 50, "minutesRemaining": 615,
                 "estimate": {"minMinutes": 600, "maxMinutes": 725},
                 "costPractice": {"passes": 3, "target": 3, "done": true}}"""), true, skill);
        assertEquals("module-9", module.moduleId());
        assertEquals("Module 9", module.title());
        assertEquals(new BigDecimal("10.0"), module.hours().minHours());
        assertEquals(new BigDecimal("12.1"), module.hours().maxHours());
        assertEquals(2, module.itemsCompleted());
        assertEquals(74, module.itemsTotal());
        assertEquals(new BigDecimal("7.5"), module.percentComplete());
        assertEquals(50, module.minutesSpent());
        assertEquals(615, module.minutesRemaining());
        assertEquals(new Dashboard.CostPractice(3, 3, true), module.costPractice());
        assertTrue(module.skillsAssessed());
        assertEquals(skill, module.topSkill());
    }

    @Test
    void nextItemsPutThoseInProgressFirstThenTheRestInReadingOrderAndStopAtThree() {
        List<Dashboard.NextItem> next = DashboardParts.nextItems(read("""
                {"moduleId": "module-9", "items": [
                  {"id": "a", "kind": "STEP", "title": "A", "estimatedMinutes": 10, "status": "COMPLETED"},
                  {"id": "b", "kind": "STEP", "title": "B", "estimatedMinutes": 20, "status": "NOT_STARTED"},
                  {"id": "c", "kind": "TIP", "title": "C", "estimatedMinutes": 30, "status": "NOT_STARTED"},
                  {"id": "d", "kind": "ROW", "title": "D", "estimatedMinutes": 40, "status": "IN_PROGRESS"},
                  {"id": "e", "kind": "STEP", "title": "E", "estimatedMinutes": 50, "status": "NOT_STARTED"}]}"""));
        assertEquals(List.of("d", "b", "c"), next.stream().map(Dashboard.NextItem::id).toList());
        assertEquals(new Dashboard.NextItem("module-9", "d", "ROW", "D", 40, "IN_PROGRESS"), next.get(0));
    }

    @Test
    void aFinishedModuleHasNoNextItems() {
        assertEquals(List.of(), DashboardParts.nextItems(read("""
                {"moduleId": "module-9", "items": [{"id": "a", "status": "COMPLETED"}]}""")));
    }

    @Test
    void theTopSkillIsTheFirstOfThePlanAndThereIsNoneWhenEverySkillIsOnTarget() {
        assertEquals(new Dashboard.TopSkill("finops", "FinOps", 2, 4, 65), DashboardParts.topSkill(read("""
                {"plan": [{"skillId": "finops", "skill": "FinOps", "level": 2, "target": 4, "estimatedHours": 65},
                          {"skillId": "ai", "skill": "AI", "level": 1, "target": 3, "estimatedHours": 35}]}""")));
        assertNull(DashboardParts.topSkill(read("{\"plan\": [], \"onTrack\": []}")));
    }

    @Test
    void theStoryCountIsWithinTargetFromTheFewestToTheMostAdvised() {
        for (int count : new int[] { 5, 6, 7 }) {
            assertTrue(stories(count).withinTarget(), count + " stories");
        }
        assertFalse(stories(4).withinTarget());
        assertFalse(stories(8).withinTarget());
        assertEquals(new Dashboard.StoryCount(4, 5, 7, false), stories(4));
    }

    private static Dashboard.StoryCount stories(int count) {
        return DashboardParts.stories(read("{\"count\": " + count + ", \"targetMin\": 5, \"targetMax\": 7}"));
    }

    @Test
    void latestEstimatesKeepTheServicesOrderAndTheirTotals() {
        List<Dashboard.LatestEstimate> estimates = DashboardParts.latestEstimates(read("""
                {"items": [{"id": "0b6f3c1e-8d0a-4c57-9a43-1f0e6f1d2a10", "name": "new", "totalLow": 1.50,
                            "totalHigh": 2.50, "createdAt": "2026-11-27T09:30:00Z"},
                           {"id": "1b6f3c1e-8d0a-4c57-9a43-1f0e6f1d2a10", "name": "old", "totalLow": 1, "totalHigh": 2}]}"""));
        assertEquals(List.of("new", "old"), estimates.stream().map(Dashboard.LatestEstimate::name).toList());
        assertEquals(new BigDecimal("2.50"), estimates.get(0).totalHigh());
        assertEquals(new BigDecimal("1.50"), estimates.get(0).totalLow());
        assertEquals(OffsetDateTime.parse("2026-11-27T09:30:00Z"), estimates.get(0).createdAt());
        assertEquals("0b6f3c1e-8d0a-4c57-9a43-1f0e6f1d2a10", estimates.get(0).id().toString());
        assertNull(estimates.get(1).createdAt());
    }

    @Test
    void reviewKeepsTheWeekAheadAndDropsThePerModuleDetail() {
        Dashboard.ReviewActivity review = DashboardParts.review(read("""
                {"streakDays": 3, "reviewedToday": 12, "dueToday": 4, "newCards": 20,
                 "forecast": [{"day": "2026-11-27", "due": 4}, {"day": "2026-11-28", "due": 9}], "modules": []}"""));
        assertEquals(new Dashboard.ReviewActivity(3, 12, 4, 20, List.of(
                new Dashboard.ForecastDay(LocalDate.parse("2026-11-27"), 4),
                new Dashboard.ForecastDay(LocalDate.parse("2026-11-28"), 9))), review);
    }
}
