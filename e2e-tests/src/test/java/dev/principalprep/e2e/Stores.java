package dev.principalprep.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the fault suite reads from the platform's PostgreSQL directly, to reconcile by id: the estimates cost-service
 * holds and the events its outbox wrote for them, and what progress-service applied (its inbox and its read model).
 */
final class Stores {

    /** An estimate as cost-service stored it. */
    record Estimate(String id, String owner, Instant createdAt) {
    }

    private final int port;

    Stores(int port) {
        this.port = port;
    }

    List<Estimate> estimates(Collection<String> owners) throws SQLException {
        List<Estimate> estimates = new ArrayList<>();
        query("cost", "select id::text, owner, created_at from estimate where owner = any(?)", owners,
                row -> estimates.add(new Estimate(row.getString(1), row.getString(2), row.getTimestamp(3).toInstant())));
        return estimates;
    }

    /** The outbox's event ids for each estimate id (the record key). */
    Map<String, List<String>> outboxEvents(Collection<String> estimateIds) throws SQLException {
        Map<String, List<String>> events = new HashMap<>();
        query("cost", "select record_key, id::text from outbox_event where record_key = any(?)", estimateIds,
                row -> events.computeIfAbsent(row.getString(1), key -> new ArrayList<>()).add(row.getString(2)));
        return events;
    }

    /** When progress-service counted each estimate of these learners in its read model ({@code cost_pass}). */
    Map<String, Instant> counted(Collection<String> learners) throws SQLException {
        Map<String, Instant> counted = new HashMap<>();
        query("progress", "select estimate_id, created_at from cost_pass where learner_id = any(?)", learners,
                row -> counted.put(row.getString(1), row.getTimestamp(2).toInstant()));
        return counted;
    }

    /** The event ids among these that progress-service's inbox recorded as applied. */
    List<String> applied(Collection<String> eventIds) throws SQLException {
        List<String> applied = new ArrayList<>();
        query("progress", "select event_id from processed_event where event_id = any(?)", eventIds,
                row -> applied.add(row.getString(1)));
        return applied;
    }

    private void query(String database, String sql, Collection<String> values, RowReader reader) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database,
                "postgres", "");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("varchar", values.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }
}
