package dev.principalprep.progress.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.principalprep.progress.curriculum.CurriculumModule;
import dev.principalprep.progress.tracking.ItemProgress;
import dev.principalprep.progress.tracking.ItemStatus;
import dev.principalprep.progress.tracking.ModuleProgress;
import dev.principalprep.progress.tracking.ProgressCalculator;

/**
 * A cohort report, plain: the cohort is the given learners who hold progress in the module; with a date range, only
 * those active in it (an item changed or completed in it) and only the completions made in it (a cost practice
 * completion at the pass that reached the target). Percent complete is each learner's as it stands.
 */
public final class CohortReports {

    static final List<String> BUCKETS = List.of("0-24", "25-49", "50-74", "75-99", "100");

    private CohortReports() {
    }

    public static CohortReport of(CurriculumModule module, List<ItemProgress> rows,
            Map<String, List<OffsetDateTime>> passTimes, Set<String> cohort, CohortReport.Filter filter) {
        Map<String, List<ItemProgress>> byLearner = rows.stream().filter(r -> cohort.contains(r.key.learnerId))
                .collect(Collectors.groupingBy(r -> r.key.learnerId));
        List<Member> members = new ArrayList<>();
        byLearner.forEach((learner, own) -> {
            List<OffsetDateTime> passes = passTimes.getOrDefault(learner, List.of()).stream()
                    .sorted(Comparator.comparing(OffsetDateTime::toInstant)).toList();
            OffsetDateTime practised = passes.size() >= ProgressCalculator.COST_PRACTICE_TARGET
                    ? passes.get(ProgressCalculator.COST_PRACTICE_TARGET - 1)
                    : null;
            boolean active = own.stream().anyMatch(r -> inRange(r.updatedAt, filter) || inRange(r.completedAt, filter))
                    || inRange(practised, filter);
            if (active) {
                members.add(new Member(ProgressCalculator.of(module, ItemProgress.byItem(own), passes.size()),
                        own.stream().collect(Collectors.toMap(r -> r.key.itemId, r -> r)), practised));
            }
        });
        long learners = members.size();
        List<CohortReport.ItemCompletion> items = module.items.stream().map(item -> {
            long completed = members.stream().filter(m -> m.completedInRange(item.itemId, filter)).count();
            return new CohortReport.ItemCompletion(item.itemId, item.kind, item.title, completed, share(completed, learners));
        }).toList();
        Map<String, Long> distribution = new LinkedHashMap<>();
        BUCKETS.forEach(b -> distribution.put(b, 0L));
        members.forEach(m -> distribution.merge(bucket(m.progress().percentComplete()), 1L, Long::sum));
        return new CohortReport(module.moduleId, module.version, filter.cohort(), filter.group(), filter.from(),
                filter.to(), learners, items, distribution);
    }

    static BigDecimal share(long completed, long learners) {
        return learners == 0 ? BigDecimal.ZERO.setScale(3)
                : BigDecimal.valueOf(completed).divide(BigDecimal.valueOf(learners), 3, RoundingMode.HALF_UP);
    }

    static String bucket(BigDecimal percent) {
        double value = percent.doubleValue();
        return value >= 100 ? "100" : value >= 75 ? "75-99" : value >= 50 ? "50-74" : value >= 25 ? "25-49" : "0-24";
    }

    /** Whether a time falls in the filter's days (always, without a range; never, for no time within one). */
    static boolean inRange(OffsetDateTime at, CohortReport.Filter filter) {
        if (filter.from() == null && filter.to() == null) {
            return true;
        }
        if (at == null) {
            return false;
        }
        LocalDate day = at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        return (filter.from() == null || !day.isBefore(filter.from())) && (filter.to() == null || !day.isAfter(filter.to()));
    }

    private record Member(ModuleProgress progress, Map<String, ItemProgress> rows, OffsetDateTime practised) {

        boolean completedInRange(String itemId, CohortReport.Filter filter) {
            boolean completed = progress.items().stream()
                    .anyMatch(i -> i.id().equals(itemId) && i.status() == ItemStatus.COMPLETED);
            if (!completed) {
                return false;
            }
            ItemProgress row = rows.get(itemId);
            return row != null && row.status == ItemStatus.COMPLETED ? inRange(row.completedAt, filter)
                    : inRange(practised, filter);
        }
    }
}
