package dev.principalprep.progress.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.principalprep.progress.costpractice.CostPass;
import dev.principalprep.progress.curriculum.CurriculumRepository;
import dev.principalprep.progress.mockinterviews.MockInterview;
import dev.principalprep.progress.review.ReviewLog;
import dev.principalprep.progress.skills.SkillAssessment;
import dev.principalprep.progress.stories.StarStory;
import dev.principalprep.progress.tracking.ItemProgress;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * Writes the state held before the statement log existed into it, once: the first replica to start claims the one
 * backfill row and writes the statements in the same transaction, so a crash leaves neither; a replica starting at the
 * same time waits on that row and then finds it taken.
 */
@ApplicationScoped
public class StatementBackfillJob {

    private static final Logger LOG = Logger.getLogger(StatementBackfillJob.class);

    private final CurriculumRepository curriculum;
    private final StatementLog log;

    public StatementBackfillJob(CurriculumRepository curriculum, StatementLog log) {
        this.curriculum = curriculum;
        this.log = log;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        int written = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(this::backfill));
        if (written >= 0) {
            LOG.infof("xAPI statement log: %d statements written from the state held before it", written);
        }
    }

    /** The number of statements written, or -1 when the backfill was done before. */
    Uni<Integer> backfill() {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "insert into xapi_backfill (id, done_at) values (1, now()) on conflict do nothing").executeUpdate())
                .chain(claimed -> claimed == 0 ? Uni.createFrom().item(-1)
                        : state().map(StatementBackfill::drafts)
                                .chain(drafts -> log.appendAll(drafts).replaceWith(drafts.size())));
    }

    private Uni<StatementBackfill.State> state() {
        return curriculum.listWithItems().chain(modules -> ItemProgress.<ItemProgress> listAll()
                .chain(progress -> CostPass.<CostPass> listAll()
                        .chain(passes -> StarStory.<StarStory> listAll()
                                .chain(stories -> SkillAssessment.<SkillAssessment> listAll()
                                        .chain(assessments -> MockInterview.<MockInterview> listAll()
                                                .chain(interviews -> ReviewLog.<ReviewLog> listAll()
                                                        .map(reviews -> new StatementBackfill.State(modules, progress,
                                                                passes, stories, assessments, interviews, reviews))))))));
    }
}
