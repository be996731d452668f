package dev.principalprep.progress.privacy;

import java.util.List;

/**
 * Every table of progress-service that holds rows about a learner (by {@code learner_id}), with the part of the export
 * it fills: the one list that both the export and the erasure read, so nothing is exported and left behind, or erased
 * and never shown. The xAPI statement log is not here: it is exported whole but anonymised rather than deleted.
 */
final class LearnerTables {

    /** A table, the export part it fills and the order of its rows there. */
    record Table(String name, String part, String orderBy) {

        /** The rows as one JSON array, in HQL: see {@link LearnerTables#inHql}. */
        String exportQuery() {
            return inHql("select cast(coalesce(json_agg(to_jsonb(t) - 'learner_id' order by " + orderBy
                    + "), '[]') as text) from " + name + " t where learner_id = ?");
        }

        String eraseQuery() {
            return "delete from " + name + " where learner_id = ?1";
        }
    }

    static final List<Table> ALL = List.of(
            new Table("learner_profile", "profile", "last_seen_at"),
            new Table("named_cohort_member", "namedCohorts", "cohort_id"),
            new Table("item_progress", "itemProgress", "module_id, item_id"),
            new Table("cost_pass", "costPractice", "created_at"),
            new Table("star_story", "stories", "created_at"),
            new Table("skill_assessment", "skillAssessments", "recorded_at"),
            new Table("skill_hours", "skillHours", "module_id"),
            new Table("mock_interview", "mockInterviews", "held_on, created_at"),
            new Table("review_card_state", "reviewCards", "module_id, card_id"),
            new Table("review_log", "reviewLog", "reviewed_at"));

    /** The learner's xAPI statements as served (with their id and stored time), in the order they were stored. */
    static final String STATEMENTS_PART = "xapiStatements";
    static final String STATEMENTS_QUERY = inHql("select cast(coalesce(json_agg(jsonb_build_object('id', id)"
            + " || cast(statement as jsonb) || jsonb_build_object('stored', stored) order by seq), '[]') as text)"
            + " from xapi_statement where learner_id = ?");

    /**
     * A one-value SQL query (of one parameter, {@code ?}) as HQL, through its {@code sql()} function: an export part is
     * a whole row as JSON, which HQL cannot say. Hibernate 7.2 keeps the plan of an HQL query; a native query returning
     * rows missed its query plan cache on every run and added a plan under the same hash. The cast gives the value its
     * type, which Hibernate Reactive cannot take from the result.
     */
    private static String inHql(String sql) {
        return "select cast(sql('(" + sql.replace("'", "''") + ")', ?1) as String)";
    }

    private LearnerTables() {
    }
}
