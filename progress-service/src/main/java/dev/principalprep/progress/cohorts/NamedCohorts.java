package dev.principalprep.progress.cohorts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Cohorts named by ld-admins: written whole (create or replace), read, deleted; each write is logged. */
@ApplicationScoped
public class NamedCohorts {

    private static final Logger LOG = Logger.getLogger(NamedCohorts.class);

    private final Pool pool;

    public NamedCohorts(Pool pool) {
        this.pool = pool;
    }

    /** Creates or replaces the cohort; tells whether it was new. */
    public Uni<Boolean> put(String cohortId, NamedCohort.Request request, String admin) {
        return pool.withTransaction(connection -> connection.preparedQuery("""
                insert into named_cohort (cohort_id, name, created_by, created_at) values ($1, $2, $3, now())
                on conflict (cohort_id) do update set name = excluded.name, created_by = excluded.created_by,
                    created_at = excluded.created_at
                returning (xmax = 0) as created""").execute(Tuple.of(cohortId, request.name(), admin))
                .map(rows -> rows.iterator().next().getBoolean("created"))
                .call(() -> connection.preparedQuery("delete from named_cohort_member where cohort_id = $1")
                        .execute(Tuple.of(cohortId)))
                .call(() -> request.learners().isEmpty() ? Uni.createFrom().voidItem()
                        : connection.preparedQuery("insert into named_cohort_member (cohort_id, learner_id) "
                                + "select $1, unnest($2::varchar[])")
                                .execute(Tuple.of(cohortId, request.learners().toArray(String[]::new))).replaceWithVoid()))
                .invoke(created -> LOG.infof("ld-admin %s %s cohort %s with %d learners", admin,
                        created ? "created" : "replaced", cohortId, request.learners().size()));
    }

    public Uni<NamedCohort> get(String cohortId) {
        return list(cohortId).map(found -> {
            if (found.isEmpty()) {
                throw new NotFoundException("No cohort " + cohortId);
            }
            return found.get(0);
        });
    }

    /** Every named cohort, by id. */
    public Uni<List<NamedCohort>> all() {
        return list(null);
    }

    public Uni<Void> delete(String cohortId, String admin) {
        return pool.preparedQuery("delete from named_cohort where cohort_id = $1").execute(Tuple.of(cohortId))
                .map(rows -> {
                    if (rows.rowCount() == 0) {
                        throw new NotFoundException("No cohort " + cohortId);
                    }
                    LOG.infof("ld-admin %s deleted cohort %s", admin, cohortId);
                    return null;
                });
    }

    /** The learners of a named cohort; 404 when there is no such cohort. */
    public Uni<Set<String>> members(String cohortId) {
        return get(cohortId).map(cohort -> new TreeSet<>(cohort.learners()));
    }

    private Uni<List<NamedCohort>> list(String cohortId) {
        return pool.preparedQuery("""
                select c.cohort_id, c.name, c.created_by, c.created_at, m.learner_id from named_cohort c
                left join named_cohort_member m on m.cohort_id = c.cohort_id
                where $1::varchar is null or c.cohort_id = $1 order by c.cohort_id, m.learner_id""")
                .execute(Tuple.of(cohortId)).map(rows -> {
                    Map<String, NamedCohort> cohorts = new TreeMap<>();
                    for (Row row : rows) {
                        NamedCohort cohort = cohorts.computeIfAbsent(row.getString("cohort_id"),
                                id -> new NamedCohort(id, row.getString("name"), new ArrayList<>(),
                                        row.getString("created_by"), row.getOffsetDateTime("created_at")));
                        String learner = row.getString("learner_id");
                        if (learner != null) {
                            cohort.learners().add(learner);
                        }
                    }
                    return List.copyOf(cohorts.values());
                });
    }
}
