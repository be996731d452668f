package dev.principalprep.progress.xapi;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.principalprep.progress.costpractice.CostPass;
import dev.principalprep.progress.curriculum.CurriculumModule;
import dev.principalprep.progress.mockinterviews.MockInterview;
import dev.principalprep.progress.review.ReviewLog;
import dev.principalprep.progress.review.Sm2;
import dev.principalprep.progress.skills.SkillAssessment;
import dev.principalprep.progress.skills.SkillLevels;
import dev.principalprep.progress.skills.SkillsGapPlanner;
import dev.principalprep.progress.skills.SkillsPlan;
import dev.principalprep.progress.stories.StarStory;
import dev.principalprep.progress.tracking.ItemProgress;
import dev.principalprep.progress.tracking.ItemStatus;
import dev.principalprep.progress.tracking.ModuleProgress;
import dev.principalprep.progress.tracking.ProgressCalculator;

/**
 * The statements of the state held before the log existed, so learners with history keep it: each item completion at
 * its completion time, cost practice completed at the pass that reached the target, each module's completion (at its
 * last item) or its progress (at its last change), each story, assessment, mock interview and review answer. Undos
 * made before the log existed left no trace, so they have no voiding statement.
 */
public final class StatementBackfill {

    private StatementBackfill() {
    }

    /** What the service held. */
    public record State(List<CurriculumModule> modules, List<ItemProgress> progress, List<CostPass> passes,
            List<StarStory> stories, List<SkillAssessment> assessments, List<MockInterview> interviews,
            List<ReviewLog> reviews) {
    }

    /** The statements of that state, oldest fact first. */
    public static List<Statements.Draft> drafts(State state) {
        List<Dated> dated = new ArrayList<>();
        Map<String, List<CostPass>> passesByLearner = state.passes().stream()
                .sorted(Comparator.comparing((CostPass p) -> p.createdAt))
                .collect(Collectors.groupingBy(p -> p.learnerId, TreeMap::new, Collectors.toList()));
        TreeSet<String> learners = new TreeSet<>(passesByLearner.keySet());
        state.progress().forEach(row -> learners.add(row.key.learnerId));
        for (String learner : learners) {
            List<CostPass> passes = passesByLearner.getOrDefault(learner, List.of());
            for (CurriculumModule module : state.modules()) {
                List<ItemProgress> rows = state.progress().stream()
                        .filter(r -> r.key.learnerId.equals(learner) && r.key.moduleId.equals(module.moduleId)).toList();
                modules(dated, learner, module, rows, passes);
            }
        }
        Map<String, CurriculumModule> byId = state.modules().stream()
                .collect(Collectors.toMap(m -> m.moduleId, m -> m));
        state.stories().forEach(s -> dated.add(new Dated(s.createdAt, Statements.storyAdded(s.learnerId, s.id, s.createdAt))));
        for (SkillAssessment assessment : state.assessments()) {
            CurriculumModule module = byId.get(assessment.moduleId);
            if (module != null) {
                SkillsPlan plan = SkillsGapPlanner.plan(module, assessment.id, assessment.recordedAt,
                        assessment.levelMap(), SkillLevels.DEFAULT_HOURS);
                dated.add(new Dated(assessment.recordedAt, Statements.skillsAssessed(assessment.learnerId,
                        module.moduleId, module.title, plan.totalGap(), plan.plannedHours(), assessment.recordedAt)));
            }
        }
        for (MockInterview session : state.interviews()) {
            String title = byId.containsKey(session.moduleId) ? byId.get(session.moduleId).title : session.moduleId;
            Statements.Draft held = Statements.mockInterviewHeld(session.learnerId, session.moduleId, title,
                    session.kind.name(), session.heldOn);
            dated.add(new Dated(session.heldOn.atStartOfDay().atOffset(java.time.ZoneOffset.UTC), held));
        }
        for (ReviewLog review : state.reviews()) {
            String title = byId.containsKey(review.moduleId) ? byId.get(review.moduleId).title : review.moduleId;
            dated.add(new Dated(review.reviewedAt, Statements.reviewCardAnswered(review.learnerId, review.moduleId, title,
                    review.cardId, review.front, review.grade, Sm2.PASSING_GRADE, review.reviewedAt)));
        }
        return dated.stream().sorted(Comparator.comparing((Dated d) -> d.at().toInstant())).map(Dated::draft).toList();
    }

    private static void modules(List<Dated> dated, String learner, CurriculumModule module, List<ItemProgress> rows,
            List<CostPass> passes) {
        ModuleProgress progress = ProgressCalculator.of(module, ItemProgress.byItem(rows), passes.size());
        Map<String, ItemProgress> byItem = rows.stream().collect(Collectors.toMap(r -> r.key.itemId, r -> r));
        List<OffsetDateTime> times = new ArrayList<>();
        for (ModuleProgress.ItemView item : progress.items()) {
            ItemProgress row = byItem.get(item.id());
            if (row != null && row.status == ItemStatus.COMPLETED && row.completedAt != null) {
                times.add(row.completedAt);
                dated.add(new Dated(row.completedAt, Statements.itemCompleted(learner, module.moduleId, module.title,
                        item.id(), item.title(), row.minutesSpent, row.completedAt)));
            } else if (item.status() == ItemStatus.COMPLETED) {
                OffsetDateTime reached = passes.get(ProgressCalculator.COST_PRACTICE_TARGET - 1).createdAt;
                times.add(reached);
                dated.add(new Dated(reached, Statements.costPracticeCompleted(learner, module.moduleId, module.title,
                        item.id(), item.title(), passes.size(), reached)));
            }
        }
        rows.stream().map(r -> r.updatedAt).filter(Objects::nonNull).forEach(times::add);
        if (times.isEmpty()) {
            return;
        }
        OffsetDateTime last = times.stream().max(Comparator.comparing(OffsetDateTime::toInstant)).orElseThrow();
        dated.add(new Dated(last, progress.itemsCompleted() == progress.itemsTotal()
                ? Statements.moduleCompleted(learner, module.moduleId, module.title, progress.minutesSpent(), last)
                : Statements.moduleProgressed(learner, module.moduleId, module.title, progress.percentComplete(),
                        progress.minutesSpent(), last)));
    }

    private record Dated(OffsetDateTime at, Statements.Draft draft) {
    }
}
