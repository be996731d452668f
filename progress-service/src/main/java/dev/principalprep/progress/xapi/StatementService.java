package dev.principalprep.progress.xapi;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dev.principalprep.problems.InvalidInput;
import dev.principalprep.progress.costpractice.CostPass;
import dev.principalprep.progress.curriculum.CurriculumModule;
import dev.principalprep.progress.curriculum.CurriculumRepository;
import dev.principalprep.progress.mockinterviews.MockInterview;
import dev.principalprep.progress.review.ReviewLog;
import dev.principalprep.progress.tracking.ItemProgress;
import dev.principalprep.progress.tracking.ItemStatus;
import dev.principalprep.progress.tracking.ProgressCalculator;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Statements for HR/L&D platforms, in stored order, a page at a time: item completions, each learner's progress
 * per module, mock interviews attempted, review cards answered. Stories, reflections and self-scores never appear.
 */
@ApplicationScoped
public class StatementService {

    private final CurriculumRepository curriculum;

    public StatementService(CurriculumRepository curriculum) {
        this.curriculum = curriculum;
    }

    /** One page of statements and the cursor to the next, or null when this is the last. */
    public record Page(List<Statements.Fact> facts, String next) {
    }

    @WithSession
    public Uni<Page> page(OffsetDateTime since, String cursor, int limit) {
        OffsetDateTime from = since == null ? OffsetDateTime.parse("1970-01-01T00:00:00Z") : since;
        Cursor after = cursor == null ? null : Cursor.parse(cursor);
        return curriculum.listWithItems().chain(modules -> ItemProgress.<ItemProgress> list("updatedAt > ?1", from)
                .chain(progress -> MockInterview.<MockInterview> list("createdAt > ?1", from)
                        .chain(sessions -> CostPass.<CostPass> listAll().chain(passes -> ReviewLog
                                .<ReviewLog> list("reviewedAt > ?1", from).map(reviews -> {
                                    List<Statements.Fact> facts = facts(modules, progress, sessions, passes, from);
                                    reviews.forEach(r -> facts.add(Statements.answeredReviewCard(r.learnerId, r.moduleId,
                                            r.cardId, r.front, r.grade, r.reviewedAt)));
                                    facts.sort(Comparator.comparing((Statements.Fact f) -> f.timestamp().toInstant())
                                            .thenComparing(Statements.Fact::id));
                                    List<Statements.Fact> remaining = after == null ? facts
                                            : facts.stream().filter(after::isBefore).toList();
                                    List<Statements.Fact> page = remaining.stream().limit(limit).toList();
                                    String next = remaining.size() > limit ? Cursor.of(page.get(page.size() - 1)) : null;
                                    return new Page(page, next);
                                })))));
    }

    private static List<Statements.Fact> facts(List<CurriculumModule> modules, List<ItemProgress> progress,
            List<MockInterview> sessions, List<CostPass> passes, OffsetDateTime from) {
        Map<String, CurriculumModule> byId = modules.stream().collect(Collectors.toMap(m -> m.moduleId, m -> m));
        Map<String, Long> passesByLearner = passes.stream()
                .collect(Collectors.groupingBy(p -> p.learnerId, Collectors.counting()));
        List<Statements.Fact> facts = new ArrayList<>();
        Map<String, List<ItemProgress>> byLearnerModule = new HashMap<>();
        for (ItemProgress row : progress) {
            CurriculumModule module = byId.get(row.key.moduleId);
            if (module == null) {
                continue;
            }
            byLearnerModule.computeIfAbsent(row.key.learnerId + "|" + row.key.moduleId, k -> new ArrayList<>()).add(row);
            if (row.status == ItemStatus.COMPLETED && row.completedAt != null && row.completedAt.isAfter(from)) {
                String title = module.items.stream().filter(i -> i.itemId.equals(row.key.itemId)).map(i -> i.title)
                        .findFirst().orElse(row.key.itemId);
                facts.add(Statements.completedItem(row.key.learnerId, module.moduleId, row.key.itemId, title,
                        row.completedAt));
            }
        }
        byLearnerModule.forEach((key, rows) -> {
            CurriculumModule module = byId.get(rows.get(0).key.moduleId);
            String learner = rows.get(0).key.learnerId;
            var computed = ProgressCalculator.of(module, ItemProgress.byItem(rows),
                    passesByLearner.getOrDefault(learner, 0L));
            OffsetDateTime latest = rows.stream().map(r -> r.updatedAt).max(OffsetDateTime::compareTo).orElseThrow();
            facts.add(Statements.progressedModule(learner, module.moduleId, module.title, computed.percentComplete(), latest));
        });
        for (MockInterview session : sessions) {
            facts.add(Statements.attemptedMockInterview(session.learnerId, session.moduleId, session.kind.name(),
                    session.createdAt));
        }
        return facts;
    }

    /** Where a page ended: the last statement's stored time and id, opaque to clients. */
    record Cursor(OffsetDateTime at, String id) {

        static String of(Statements.Fact fact) {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((fact.timestamp().toInstant() + "|" + fact.id()).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor parse(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
                return new Cursor(OffsetDateTime.parse(parts[0]), parts[1]);
            } catch (RuntimeException e) {
                throw new InvalidInput("cursor", "not a cursor from a 'more' link");
            }
        }

        boolean isBefore(Statements.Fact fact) {
            int byTime = fact.timestamp().toInstant().compareTo(at.toInstant());
            return byTime > 0 || (byTime == 0 && fact.id().compareTo(id) > 0);
        }
    }
}
