package dev.principalprep.progress.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.principalprep.progress.costpractice.CostPass;
import dev.principalprep.progress.curriculum.CurriculumModule;
import dev.principalprep.progress.mockinterviews.InterviewKind;
import dev.principalprep.progress.mockinterviews.MockInterview;
import dev.principalprep.progress.review.ReviewLog;
import dev.principalprep.progress.skills.SkillAssessment;
import dev.principalprep.progress.skills.SkillLevels;
import dev.principalprep.progress.skills.SkillsGapPlanner;
import dev.principalprep.progress.skills.SkillsPlan;
import dev.principalprep.progress.stories.StarStory;
import dev.principalprep.progress.support.Curriculum;
import dev.principalprep.progress.support.SkillsMatrix;
import dev.principalprep.progress.tracking.ItemProgress;
import dev.principalprep.progress.tracking.ItemStatus;

class StatementBackfillTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-01T10:00:00Z");
    private static final String MODULE = Statements.ACTIVITIES + "modules/m";

    private static OffsetDateTime hours(int h) {
        return T0.plusHours(h);
    }

    private static ItemProgress row(String learner, String item, ItemStatus status, int minutes, OffsetDateTime completed,
            OffsetDateTime updated) {
        ItemProgress row = new ItemProgress();
        row.key = new ItemProgress.Key(learner, "m", item);
        row.status = status;
        row.minutesSpent = minutes;
        row.completedAt = completed;
        row.updatedAt = updated;
        return row;
    }

    private static CostPass pass(String learner, OffsetDateTime at) {
        CostPass pass = new CostPass();
        pass.estimateId = UUID.randomUUID().toString();
        pass.learnerId = learner;
        pass.createdAt = at;
        return pass;
    }

    private static String summary(Statements.Draft draft) {
        Object result = draft.body().get("result");
        return draft.learner() + " " + draft.verb().display + " " + draft.objectId().replace(Statements.ACTIVITIES, "")
                + " " + draft.body().get("timestamp") + (result == null ? "" : " " + result);
    }

    @Test
    void theStateHeldBeforeTheLogBecomesItsStatementsOldestFactFirst() {
        CurriculumModule module = Curriculum.readModel(Curriculum.MODULE.formatted("m"));
        CurriculumModule skills = Curriculum.readModel(SkillsMatrix.MODULE.formatted("s"));
        List<ItemProgress> progress = List.of(
                row("ann", "step-a", ItemStatus.COMPLETED, 20, hours(1), hours(1)),
                row("ann", "step-b", ItemStatus.IN_PROGRESS, 15, null, hours(9)),
                row("bob", "step-a", ItemStatus.COMPLETED, 30, hours(2), hours(2)),
                row("bob", "step-b", ItemStatus.COMPLETED, 60, hours(3), hours(3)),
                row("bob", "practice-cost-calculations", ItemStatus.COMPLETED, 10, hours(4), hours(4)),
                row("bob", "takeaway", ItemStatus.COMPLETED, 0, hours(5), hours(5)));
        List<CostPass> passes = List.of(pass("ann", hours(8)), pass("ann", hours(6)), pass("ann", hours(7)),
                pass("cat", hours(12)));
        StarStory story = new StarStory();
        story.id = UUID.fromString("00000000-0000-0000-0000-000000000001");
        story.learnerId = "cat";
        story.createdAt = T0;
        SkillAssessment assessment = new SkillAssessment();
        assessment.id = UUID.randomUUID();
        assessment.learnerId = "cat";
        assessment.moduleId = "s";
        assessment.levels = "{\"llm-ops\": 1, \"finops\": 2}";
        assessment.recordedAt = hours(10);
        SkillAssessment orphan = new SkillAssessment();
        orphan.moduleId = "gone";
        MockInterview interview = new MockInterview();
        interview.learnerId = "bob";
        interview.moduleId = "m";
        interview.kind = InterviewKind.LEADERSHIP;
        interview.heldOn = LocalDate.parse("2026-10-30");
        ReviewLog review = new ReviewLog();
        review.learnerId = "ann";
        review.moduleId = "m";
        review.cardId = "card-1";
        review.front = "Front";
        review.grade = 4;
        review.reviewedAt = hours(11);

        SkillsPlan plan = SkillsGapPlanner.plan(skills, assessment.id, assessment.recordedAt, assessment.levelMap(),
                SkillLevels.DEFAULT_HOURS);
        assertTrue(plan.totalGap() > 0, "the assessment leaves a gap to state");
        List<Statements.Draft> drafts = StatementBackfill.drafts(new StatementBackfill.State(List.of(module, skills),
                progress, passes, List.of(story), List.of(assessment, orphan), List.of(interview), List.of(review)));

        assertEquals(List.of(
                "bob attempted modules/m/mock-interviews/leadership 2026-10-30T00:00:00Z {completion=true}",
                "cat created star-stories/00000000-0000-0000-0000-000000000001 2026-11-01T10:00:00Z {completion=true}",
                "ann completed modules/m/items/step-a 2026-11-01T11:00:00Z {completion=true, duration=PT20M}",
                "bob completed modules/m/items/step-a 2026-11-01T12:00:00Z {completion=true, duration=PT30M}",
                "bob completed modules/m/items/step-b 2026-11-01T13:00:00Z {completion=true, duration=PT60M}",
                "bob completed modules/m/items/practice-cost-calculations 2026-11-01T14:00:00Z {completion=true, duration=PT10M}",
                "bob completed modules/m/items/takeaway 2026-11-01T15:00:00Z {completion=true}",
                "bob completed modules/m 2026-11-01T15:00:00Z {completion=true, duration=PT100M, extensions={"
                        + Statements.PROGRESS_EXTENSION + "=100}}",
                "ann completed modules/m/items/practice-cost-calculations 2026-11-01T18:00:00Z {completion=true, extensions={"
                        + Statements.COST_PASSES_EXTENSION + "=3}}",
                "ann progressed modules/m 2026-11-01T19:00:00Z {completion=false, duration=PT35M, extensions={"
                        + Statements.PROGRESS_EXTENSION + "=40}}",
                "cat completed modules/s/skills-assessment 2026-11-01T20:00:00Z {completion=true, extensions={"
                        + Statements.SKILLS_GAP_EXTENSION + "=" + plan.totalGap() + ", "
                        + Statements.PLANNED_HOURS_EXTENSION + "=" + plan.plannedHours() + "}}",
                "ann answered modules/m/review-cards/card-1 2026-11-01T21:00:00Z {score={scaled=0.800, raw=4, min=0, max=5}, "
                        + "success=true, completion=true}"),
                drafts.stream().map(StatementBackfillTest::summary).toList());
        assertEquals(MODULE, ((Map<?, ?>) ((List<?>) ((Map<?, ?>) ((Map<?, ?>) drafts.get(2).body().get("context"))
                .get("contextActivities")).get("parent")).get(0)).get("id"));
    }

    @Test
    void nothingHeldMeansNoStatements() {
        assertEquals(List.of(), StatementBackfill.drafts(new StatementBackfill.State(List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of())));
    }
}
