package dev.principalprep.progress.cohorts;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** The learners: subjects seen writing learner data with a learner token, and their cohort groups. */
@ApplicationScoped
public class LearnerDirectory {

    private final Pool pool;

    public LearnerDirectory(Pool pool) {
        this.pool = pool;
    }

    /** Records a learner and the groups its token names now. */
    public Uni<Void> seen(String learner, List<String> groups) {
        return pool.preparedQuery("""
                insert into learner_profile (learner_id, groups, last_seen_at) values ($1, $2, now())
                on conflict (learner_id) do update set groups = excluded.groups, last_seen_at = excluded.last_seen_at""")
                .execute(Tuple.of(learner, groups.toArray(String[]::new))).replaceWithVoid();
    }

    /** Every learner, or the learners of one token group. */
    public Uni<Set<String>> learners(String group) {
        Uni<io.vertx.mutiny.sqlclient.RowSet<Row>> rows = group == null
                ? pool.query("select learner_id from learner_profile").execute()
                : pool.preparedQuery("select learner_id from learner_profile where $1 = any(groups)").execute(Tuple.of(group));
        return rows.map(found -> {
            Set<String> learners = new HashSet<>();
            found.forEach(row -> learners.add(row.getString(0)));
            return learners;
        });
    }
}
