package dev.principalprep.progress.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dev.principalprep.progress.costpractice.CostPass;
import dev.principalprep.progress.curriculum.CurriculumRepository;
import dev.principalprep.progress.tracking.ItemProgress;
import dev.principalprep.progress.tracking.ModuleProgress;
import dev.principalprep.progress.tracking.ProgressCalculator;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Aggregates a module's learners: the cohort is everyone who recorded progress in it. */
@ApplicationScoped
public class CohortReportService {

    static final List<String> BUCKETS = List.of("0-24", "25-49", "50-74", "75-99", "100");

    private final CurriculumRepository curriculum;

    public CohortReportService(CurriculumRepository curriculum) {
        this.curriculum = curriculum;
    }

    @WithSession
    public Uni<CohortReport> report(String moduleId) {
        return curriculum.requireWithItems(moduleId).chain(module -> {
            return ItemProgress.<ItemProgress> list("key.moduleId", moduleId).chain(rows -> CostPass.<CostPass> listAll()
                    .map(passes -> {
                        Map<String, Long> passesByLearner = passes.stream()
                                .collect(Collectors.groupingBy(p -> p.learnerId, Collectors.counting()));
                        Map<String, List<ItemProgress>> byLearner = rows.stream()
                                .collect(Collectors.groupingBy(r -> r.key.learnerId));
                        List<ModuleProgress> progress = byLearner.entrySet().stream()
                                .map(e -> ProgressCalculator.of(module, ItemProgress.byItem(e.getValue()),
                                        passesByLearner.getOrDefault(e.getKey(), 0L)))
                                .toList();
                        long learners = progress.size();
                        List<CohortReport.ItemCompletion> items = module.items.stream().map(item -> {
                            long completed = progress.stream().filter(p -> p.items().stream()
                                    .anyMatch(i -> i.id().equals(item.itemId) && i.status().name().equals("COMPLETED")))
                                    .count();
                            return new CohortReport.ItemCompletion(item.itemId, item.kind, item.title, completed,
                                    learners == 0 ? BigDecimal.ZERO.setScale(3)
                                            : BigDecimal.valueOf(completed).divide(BigDecimal.valueOf(learners), 3,
                                                    RoundingMode.HALF_UP));
                        }).toList();
                        Map<String, Long> distribution = new LinkedHashMap<>();
                        BUCKETS.forEach(b -> distribution.put(b, 0L));
                        progress.forEach(p -> distribution.merge(bucket(p.percentComplete()), 1L, Long::sum));
                        return new CohortReport(moduleId, module.version, learners, items, distribution);
                    }));
        });
    }

    static String bucket(BigDecimal percent) {
        double value = percent.doubleValue();
        return value >= 100 ? "100" : value >= 75 ? "75-99" : value >= 50 ? "50-74" : value >= 25 ? "25-49" : "0-24";
    }
}
