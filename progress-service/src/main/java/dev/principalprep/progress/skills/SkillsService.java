package dev.principalprep.progress.skills;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import dev.principalprep.delivery.postgres.Outbox;
import dev.principalprep.events.AssessmentRecorded;
import dev.principalprep.events.Topics;
import dev.principalprep.progress.curriculum.CurriculumRepository;
import dev.principalprep.progress.xapi.StatementLog;
import dev.principalprep.progress.xapi.Statements;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Skills self-assessments and the study plans they lead to; private to the learner. */
@ApplicationScoped
public class SkillsService {

    private final CurriculumRepository curriculum;
    private final Outbox outbox;
    private final StatementLog statements;

    public SkillsService(CurriculumRepository curriculum, Outbox outbox, StatementLog statements) {
        this.statements = statements;
        this.curriculum = curriculum;
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<SkillsPlan> record(String learner, String moduleId, AssessmentRequest request) {
        return curriculum.requireWithItems(moduleId).chain(module -> {
            SkillsGapPlanner.checkCovers(module, request.levels());
            SkillAssessment assessment = new SkillAssessment();
            assessment.id = UUID.randomUUID();
            assessment.learnerId = learner;
            assessment.moduleId = moduleId;
            assessment.levelMap(request.levels());
            assessment.recordedAt = OffsetDateTime.now();
            return hoursPerLevel(learner, moduleId).chain(hours -> {
                SkillsPlan plan = SkillsGapPlanner.plan(module, assessment.id, assessment.recordedAt, request.levels(),
                        hours);
                return assessment.persist()
                        .call(() -> outbox.append(Topics.PROGRESS_EVENTS, learner, AssessmentRecorded.TYPE, learner,
                                new AssessmentRecorded(learner, moduleId, assessment.id.toString(), plan.totalGap(),
                                        plan.plannedHours())))
                        .call(() -> statements.append(Statements.skillsAssessed(learner, moduleId, module.title,
                                plan.totalGap(), plan.plannedHours(), assessment.recordedAt)))
                        .replaceWith(plan);
            });
        });
    }

    @WithSession
    public Uni<SkillsPlan> latestPlan(String learner, String moduleId) {
        return curriculum.requireWithItems(moduleId).chain(module -> history(learner, moduleId).chain(found -> {
            if (found.isEmpty()) {
                throw new NotFoundException("No assessment yet: POST one to .../skills/assessments");
            }
            SkillAssessment latest = found.get(found.size() - 1);
            return hoursPerLevel(learner, moduleId).map(
                    hours -> SkillsGapPlanner.plan(module, latest.id, latest.recordedAt, latest.levelMap(), hours));
        }));
    }

    /** The learner's own hours per level, or the defaults. */
    @WithSession
    public Uni<HoursView> hours(String learner, String moduleId) {
        return curriculum.requireWithItems(moduleId).chain(module -> hoursPerLevel(learner, moduleId))
                .map(HoursView::of);
    }

    @WithTransaction
    public Uni<HoursView> adjustHours(String learner, String moduleId, HoursRequest request) {
        Map<Integer, Integer> hours = SkillLevels.checked(request.hoursPerLevel());
        return curriculum.requireWithItems(moduleId)
                .chain(module -> ownHours(learner, moduleId))
                .chain(held -> {
                    SkillHours own = held != null ? held : new SkillHours();
                    own.learnerId = learner;
                    own.moduleId = moduleId;
                    own.hoursMap(hours);
                    own.updatedAt = OffsetDateTime.now();
                    return own.persist();
                }).replaceWith(HoursView.of(hours));
    }

    /** Back to the default hours per level. */
    @WithTransaction
    public Uni<HoursView> resetHours(String learner, String moduleId) {
        return curriculum.requireWithItems(moduleId)
                .chain(module -> SkillHours.delete("learnerId = ?1 and moduleId = ?2", learner, moduleId))
                .replaceWith(HoursView.of(SkillLevels.DEFAULT_HOURS));
    }

    private Uni<Map<Integer, Integer>> hoursPerLevel(String learner, String moduleId) {
        return ownHours(learner, moduleId).map(own -> own == null ? SkillLevels.DEFAULT_HOURS : own.hoursMap());
    }

    private static Uni<SkillHours> ownHours(String learner, String moduleId) {
        return SkillHours.find("learnerId = ?1 and moduleId = ?2", learner, moduleId).firstResult();
    }

    @WithSession
    public Uni<AssessmentHistory> changes(String learner, String moduleId) {
        return curriculum.requireWithItems(moduleId).chain(module -> history(learner, moduleId)).map(found -> {
            List<AssessmentHistory.Entry> entries = new ArrayList<>();
            Map<String, Integer> previous = null;
            for (SkillAssessment assessment : found) {
                Map<String, Integer> levels = assessment.levelMap();
                Map<String, Integer> changes = new TreeMap<>();
                if (previous != null) {
                    for (Map.Entry<String, Integer> level : levels.entrySet()) {
                        changes.put(level.getKey(), level.getValue() - previous.getOrDefault(level.getKey(), 0));
                    }
                }
                entries.add(new AssessmentHistory.Entry(assessment.id, assessment.recordedAt, levels, changes));
                previous = levels;
            }
            return new AssessmentHistory(entries);
        });
    }

    private Uni<List<SkillAssessment>> history(String learner, String moduleId) {
        return SkillAssessment.list("learnerId = ?1 and moduleId = ?2 order by recordedAt, id", learner, moduleId);
    }

}
