package dev.principalprep.progress.xapi;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Reads the statement log as an LRS serves it: pages of statements matching a query, one statement by id, and the time
 * up to which the log is complete.
 */
@ApplicationScoped
public class StatementService {

    /**
     * Statements are stored at their transaction's start, so none stored before the start of the oldest transaction
     * still writing can appear later: that start (or now, when none is writing) is the consistent-through time.
     */
    private static final String CONSISTENT_THROUGH = """
            select least(now(), coalesce(min(xact_start), now())) from pg_stat_activity
            where datname = current_database() and pid <> pg_backend_pid() and backend_xid is not null""";

    /**
     * For forwarding, stricter: a transaction that has not written yet may still write a statement stored at its
     * start, so only statements stored before the start of every transaction open in the database are final in log
     * order, and a cursor that passed them never skips one.
     */
    private static final String FINAL_THROUGH = """
            select least(now(), coalesce(min(xact_start), now())) from pg_stat_activity
            where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null""";

    private final Pool pool;
    private final ObjectMapper json;

    public StatementService(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    /** A page of statements and the cursor of the last one when there are more. */
    public record Page(List<Map<String, Object>> statements, StatementQuery.Cursor last,
            OffsetDateTime consistentThrough) {
    }

    /** A statement of the log, as served, with its place in the log. */
    public record Logged(Map<String, Object> statement, OffsetDateTime stored, long seq) {
    }

    /**
     * Up to {@code limit} statements after the cursor ({@code stored}, {@code seq}) in log order, from the start of the
     * log when {@code stored} is null; only final ones, which no statement written later can precede.
     */
    public Uni<List<Logged>> after(OffsetDateTime stored, long seq, int limit) {
        return pool.query(FINAL_THROUGH).execute().map(rows -> rows.iterator().next().getOffsetDateTime(0))
                .chain(through -> pool.preparedQuery("""
                        select id, statement, stored, seq from xapi_statement where stored < $4
                          and ($1::timestamptz is null or (stored, seq) > ($1::timestamptz, $2))
                        order by stored, seq limit $3""").execute(Tuple.of(stored, seq, limit, through)))
                .map(rows -> {
                    List<Logged> logged = new ArrayList<>();
                    for (Row row : rows) {
                        logged.add(new Logged(statement(row), row.getOffsetDateTime("stored"), row.getLong("seq")));
                    }
                    return logged;
                });
    }

    /** A statement read by id, with the time the log was complete through. */
    public record Single(Map<String, Object> statement, OffsetDateTime consistentThrough) {
    }

    public Uni<Page> page(StatementQuery query) {
        return consistentThrough().chain(through -> {
            List<Object> args = new ArrayList<>();
            String sql = query.sql(args);
            return pool.preparedQuery(sql).execute(Tuple.from(args)).map(rows -> {
                List<Map<String, Object>> statements = new ArrayList<>();
                StatementQuery.Cursor last = null;
                boolean more = false;
                for (Row row : rows) {
                    if (statements.size() == query.limit()) {
                        more = true;
                        break;
                    }
                    statements.add(statement(row));
                    last = new StatementQuery.Cursor(row.getOffsetDateTime("stored"), row.getLong("seq"));
                }
                return new Page(statements, more ? last : null, through);
            });
        });
    }

    /** A standing statement by statementId, or a voided one by voidedStatementId; 404 otherwise, as on an LRS. */
    public Uni<Single> one(UUID id, boolean voided) {
        String sql = "select s.id, s.seq, s.stored, s.statement from xapi_statement s where s.id = $1 and "
                + (voided ? "" : "not ") + "exists (select 1 from xapi_statement v where v.voided_statement_id = s.id)";
        return consistentThrough().chain(through -> pool.preparedQuery(sql).execute(Tuple.of(id)).map(rows -> {
            if (rows.size() == 0) {
                throw new NotFoundException("No " + (voided ? "voided " : "") + "statement " + id);
            }
            return new Single(statement(rows.iterator().next()), through);
        }));
    }

    private Uni<OffsetDateTime> consistentThrough() {
        return pool.query(CONSISTENT_THROUGH).execute().map(rows -> rows.iterator().next().getOffsetDateTime(0));
    }

    private Map<String, Object> statement(Row row) {
        try {
            Map<String, Object> body = json.readValue(row.getString("statement"), new TypeReference<>() {
            });
            return Statements.served(row.getUUID("id"), body, row.getOffsetDateTime("stored"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the log holds only statements it wrote", e);
        }
    }
}
