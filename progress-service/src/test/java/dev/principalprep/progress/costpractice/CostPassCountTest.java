package dev.principalprep.progress.costpractice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

import dev.principalprep.progress.support.ProgressServiceTest;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/** The read that tells whether a learner's pass reached the target, on a table where that learner is common. */
@ProgressServiceTest
class CostPassCountTest {

    private static final int OTHERS_ROWS = 20_000;

    @Inject
    Mutiny.SessionFactory sessions;

    /**
     * Mechanism: a learner's passes are read in the order of the {@code (learner_id, created_at)} index. Read in no
     * order, a learner holding a fifth of the table looked common enough to the planner for a sequential scan to find
     * a few of their rows sooner, and as their rows come after everyone else's, the scan read the whole table on each
     * of their events. PostgreSQL's own counters for the table tell which way the read went.
     */
    @Test
    void aLearnerWithManyPassesIsCountedFromTheIndexWithoutReadingTheTable() {
        String run = UUID.randomUUID().toString();
        String heavy = "heavy-" + run;
        update("""
                insert into cost_pass (estimate_id, learner_id, created_at)
                select 'other-' || ?1 || '-' || n, 'other-' || ?1 || '-' || mod(n, 50), now()
                from generate_series(1, %d) n""".formatted(OTHERS_ROWS), run);
        update("""
                insert into cost_pass (estimate_id, learner_id, created_at)
                select 'heavy-' || ?1 || '-' || n, ?2, now() from generate_series(1, 5000) n""", run, heavy);
        update("analyze cost_pass");
        try {
            TableReads before = tableReads();
            int counted = awaited(() -> Panache.withSession(() -> CostPass
                    .countUpTo(heavy, 4)
                    // The read's counters reach the statistics when its connection next reports, this time at once.
                    .call(ignored -> Panache.getSession().chain(session -> session
                            .createNativeQuery("select count(*) from (select pg_stat_force_next_flush()) flushed")
                            .getSingleResult()))));
            assertEquals(4, counted);
            TableReads after = Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(this::tableReads, reads -> reads.indexScans() > before.indexScans()
                            || reads.rowsScanned() - before.rowsScanned() >= OTHERS_ROWS);
            assertTrue(after.rowsScanned() - before.rowsScanned() < OTHERS_ROWS,
                    () -> "the read scanned " + (after.rowsScanned() - before.rowsScanned()) + " rows of the table");
            assertTrue(after.indexScans() > before.indexScans(), "the read took an index");
        } finally {
            update("delete from cost_pass where estimate_id like 'other-' || ?1 || '-%' or learner_id = ?2", run, heavy);
        }
    }

    /** What PostgreSQL has counted for cost_pass: rows read by sequential scans, and index scans. */
    private record TableReads(long rowsScanned, long indexScans) {
    }

    private TableReads tableReads() {
        Object[] row = awaited(() -> sessions.withSession(session -> session
                .createNativeQuery("""
                        select seq_tup_read, coalesce(idx_scan, 0) from pg_stat_user_tables
                        where relname = 'cost_pass'""", Object[].class)
                .getSingleResult()));
        return new TableReads(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    private void update(String sql, Object... parameters) {
        awaited(() -> sessions.withTransaction(session -> {
            var query = session.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.executeUpdate();
        }));
    }

    private static <T> T awaited(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
