package dev.principalprep.progress.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.hibernate.reactive.mutiny.Mutiny;
import org.hibernate.stat.Statistics;

/**
 * Hibernate's query plan cache seen from a path run again and again. A query whose plan is kept misses the cache on its
 * first run only; Hibernate 7.2 keeps no plan of a native query that returns rows, so each of its runs misses and adds
 * a plan under the same hash, and once the bounded cache is full every lookup is a long search.
 */
public final class QueryPlans {

    private QueryPlans() {
    }

    /**
     * Runs {@code warmUp} (which plans the path's queries), then {@code again}, and fails when {@code again} missed the
     * query plan cache {@code bound} times or more, naming each query that missed (since the warm-up began) with its misses.
     */
    public static void assertKept(Mutiny.SessionFactory sessions, Runnable warmUp, Runnable again, int bound) {
        Statistics statistics = sessions.getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            warmUp.run();
            long missesBefore = statistics.getQueryPlanCacheMissCount();
            again.run();
            long misses = statistics.getQueryPlanCacheMissCount() - missesBefore;
            assertTrue(misses < bound, () -> "the query plan cache was missed " + misses + " times: "
                    + Arrays.stream(statistics.getQueries())
                            .filter(query -> statistics.getQueryStatistics(query).getPlanCacheMissCount() > 0)
                            .map(query -> statistics.getQueryStatistics(query).getPlanCacheMissCount() + " × " + query)
                            .toList());
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    /** Runs the action {@code times} times. */
    public static Runnable times(int times, Runnable action) {
        return () -> {
            for (int i = 0; i < times; i++) {
                action.run();
            }
        };
    }
}
