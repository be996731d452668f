package dev.principalprep.progress.reports;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dev.principalprep.progress.cohorts.LearnerDirectory;
import dev.principalprep.progress.cohorts.NamedCohorts;
import dev.principalprep.progress.costpractice.CostPass;
import dev.principalprep.progress.curriculum.CurriculumRepository;
import dev.principalprep.progress.tracking.ItemProgress;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Aggregates a module's cohort: the learners (never other roles) of a named cohort, a token group, or everyone. */
@ApplicationScoped
public class CohortReportService {

    private final CurriculumRepository curriculum;
    private final LearnerDirectory directory;
    private final NamedCohorts named;

    public CohortReportService(CurriculumRepository curriculum, LearnerDirectory directory, NamedCohorts named) {
        this.curriculum = curriculum;
        this.directory = directory;
        this.named = named;
    }

    @WithSession
    public Uni<CohortReport> report(String moduleId, CohortReport.Filter filter) {
        return curriculum.requireWithItems(moduleId).chain(module -> cohort(filter)
                .chain(cohort -> ItemProgress.<ItemProgress> list("key.moduleId", moduleId)
                        .chain(rows -> CostPass.<CostPass> listAll().map(passes -> {
                            Map<String, List<OffsetDateTime>> passTimes = passes.stream().collect(Collectors
                                    .groupingBy(p -> p.learnerId, Collectors.mapping(p -> p.createdAt, Collectors.toList())));
                            return CohortReports.of(module, rows, passTimes, cohort, filter);
                        }))));
    }

    /** The learners in the directory, narrowed to the token group and to the named cohort when asked. */
    private Uni<Set<String>> cohort(CohortReport.Filter filter) {
        Uni<Set<String>> learners = directory.learners(filter.group());
        return filter.cohort() == null ? learners
                : named.members(filter.cohort()).chain(members -> learners.map(known -> {
                    known.retainAll(members);
                    return known;
                }));
    }
}
