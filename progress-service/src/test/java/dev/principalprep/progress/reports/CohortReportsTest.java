package dev.principalprep.progress.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.principalprep.progress.curriculum.CurriculumModule;
import dev.principalprep.progress.support.Curriculum;
import dev.principalprep.progress.tracking.ItemProgress;
import dev.principalprep.progress.tracking.ItemStatus;

class CohortReportsTest {

    private static final CurriculumModule MODULE = Curriculum.readModel(Curriculum.MODULE.formatted("m"));
    private static final CohortReport.Filter ANY = new CohortReport.Filter(null, null, null, null);
    private static final OffsetDateTime NOV_3 = OffsetDateTime.parse("2026-11-03T23:30:00-01:00");

    private static ItemProgress row(String learner, String item, ItemStatus status, OffsetDateTime at) {
        ItemProgress row = new ItemProgress();
        row.key = new ItemProgress.Key(learner, "m", item);
        row.status = status;
        row.completedAt = status == ItemStatus.COMPLETED ? at : null;
        row.updatedAt = at;
        return row;
    }

    private static final List<ItemProgress> ROWS = List.of(
            row("ann", "step-a", ItemStatus.COMPLETED, OffsetDateTime.parse("2026-11-01T10:00:00Z")),
            row("ann", "step-b", ItemStatus.COMPLETED, NOV_3),
            row("bob", "step-a", ItemStatus.IN_PROGRESS, OffsetDateTime.parse("2026-11-02T10:00:00Z")),
            row("integration-bot", "step-a", ItemStatus.COMPLETED, OffsetDateTime.parse("2026-11-02T10:00:00Z")));

    private static final Map<String, List<OffsetDateTime>> PASSES = Map.of("bob",
            List.of(OffsetDateTime.parse("2026-11-05T10:00:00Z"), OffsetDateTime.parse("2026-11-01T10:00:00Z"),
                    OffsetDateTime.parse("2026-11-04T10:00:00Z")));

    private static long completed(CohortReport report, String item) {
        return report.items().stream().filter(i -> i.itemId().equals(item)).findFirst().orElseThrow().completed();
    }

    @Test
    void onlyTheCohortsLearnersCountAndTheirPercentIsBanded() {
        CohortReport report = CohortReports.of(MODULE, ROWS, PASSES, Set.of("ann", "bob"), ANY);
        assertEquals(2, report.learners());
        assertEquals(1, completed(report, "step-a"));
        assertEquals(1, completed(report, "step-b"));
        assertEquals(1, completed(report, "practice-cost-calculations"), "bob's three passes complete it");
        assertEquals(new BigDecimal("0.500"), report.items().get(0).share());
        assertEquals(Map.of("0-24", 1L, "25-49", 0L, "50-74", 0L, "75-99", 1L, "100", 0L),
                report.percentCompleteDistribution());
        assertEquals(List.of("0-24", "25-49", "50-74", "75-99", "100"),
                List.copyOf(report.percentCompleteDistribution().keySet()));
        assertEquals("m", report.moduleId());
    }

    @Test
    void aRangeCountsLearnersActiveInItAndCompletionsMadeInItByUtcDay() {
        CohortReport.Filter nov4 = new CohortReport.Filter("c", "g", LocalDate.parse("2026-11-04"),
                LocalDate.parse("2026-11-04"));
        CohortReport report = CohortReports.of(MODULE, ROWS, PASSES, Set.of("ann", "bob"), nov4);
        assertEquals(1, report.learners(), "ann's 23:30 at -01:00 is 4 November in UTC");
        assertEquals(0, completed(report, "step-a"));
        assertEquals(1, completed(report, "step-b"));
        assertEquals(0, completed(report, "practice-cost-calculations"));
        assertEquals("c", report.cohort());
        assertEquals("g", report.group());
        assertEquals(LocalDate.parse("2026-11-04"), report.from());
        assertEquals(LocalDate.parse("2026-11-04"), report.to());

        CohortReport later = CohortReports.of(MODULE, ROWS, PASSES, Set.of("ann", "bob"),
                new CohortReport.Filter(null, null, LocalDate.parse("2026-11-05"), null));
        assertEquals(1, later.learners(), "bob's third pass, in time order, was on the 5th");
        assertEquals(1, completed(later, "practice-cost-calculations"));
        assertEquals(0, completed(later, "step-b"));
        CohortReport earlier = CohortReports.of(MODULE, ROWS, PASSES, Set.of("ann", "bob"),
                new CohortReport.Filter(null, null, null, LocalDate.parse("2026-11-01")));
        assertEquals(1, earlier.learners());
        assertEquals(1, completed(earlier, "step-a"));
        assertEquals(0, completed(earlier, "step-b"));
    }

    @Test
    void noLearnersMeansZeroSharesAndAnEmptyDistribution() {
        CohortReport report = CohortReports.of(MODULE, ROWS, PASSES, Set.of(), ANY);
        assertEquals(0, report.learners());
        assertEquals(new BigDecimal("0.000"), report.items().get(0).share());
        assertTrue(report.percentCompleteDistribution().values().stream().allMatch(v -> v == 0));
    }

    @Test
    void bandsAndRangesAtTheirBounds() {
        assertEquals("0-24", CohortReports.bucket(new BigDecimal("24.9")));
        assertEquals("25-49", CohortReports.bucket(new BigDecimal("25")));
        assertEquals("50-74", CohortReports.bucket(new BigDecimal("50")));
        assertEquals("75-99", CohortReports.bucket(new BigDecimal("75")));
        assertEquals("75-99", CohortReports.bucket(new BigDecimal("99.9")));
        assertEquals("100", CohortReports.bucket(new BigDecimal("100")));
        assertEquals(new BigDecimal("0.333"), CohortReports.share(1, 3));
        assertEquals(new BigDecimal("0.667"), CohortReports.share(2, 3));
        CohortReport.Filter from = new CohortReport.Filter(null, null, LocalDate.parse("2026-11-04"), null);
        assertTrue(CohortReports.inRange(NOV_3, from));
        assertFalse(CohortReports.inRange(NOV_3.minusSeconds(1800 + 1), from), "22:59:59 at -01:00 is still the 3rd");
        assertFalse(CohortReports.inRange(null, from));
        assertTrue(CohortReports.inRange(null, ANY));
        CohortReport.Filter to = new CohortReport.Filter(null, null, null, LocalDate.parse("2026-11-03"));
        assertFalse(CohortReports.inRange(NOV_3, to));
        assertTrue(CohortReports.inRange(NOV_3.minusMinutes(31), to));
    }
}
