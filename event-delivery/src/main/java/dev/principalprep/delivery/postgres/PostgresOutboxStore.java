package dev.principalprep.delivery.postgres;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import jakarta.enterprise.context.ApplicationScoped;

import dev.principalprep.delivery.outbox.Backlog;
import dev.principalprep.delivery.outbox.OutboxStore;
import dev.principalprep.delivery.outbox.PendingEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The outbox in {@code outbox_event}. A claim sets {@code claimed_until} on rows selected {@code FOR UPDATE SKIP
 * LOCKED}: two replicas claiming at the same moment skip each other's rows instead of waiting for them or taking
 * them too, and a lease that ran out (its replica died) makes its rows claimable again.
 */
@ApplicationScoped
public class PostgresOutboxStore implements OutboxStore {

    private static final String CLAIM = """
            update outbox_event set claimed_until = now() + $2 * interval '1 millisecond'
            where id in (select id from outbox_event
                         where sent_at is null and (claimed_until is null or claimed_until < now())
                         order by created_at limit $1
                         for update skip locked)
            returning id, topic, record_key, type, subject, payload, created_at""";

    private final Pool pool;

    public PostgresOutboxStore(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<List<PendingEvent>> claim(int limit, Duration lease) {
        return pool.preparedQuery(CLAIM).execute(Tuple.of(limit, lease.toMillis()))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).map(PostgresOutboxStore::pending)
                        .sorted(Comparator.comparing(PendingEvent::createdAt)).toList());
    }

    @Override
    public Uni<Void> markSent(List<PendingEvent> events) {
        return update("update outbox_event set sent_at = now(), claimed_until = null where id = any($1)", events);
    }

    @Override
    public Uni<Void> release(List<PendingEvent> events) {
        return update("update outbox_event set claimed_until = null where id = any($1)", events);
    }

    @Override
    public Uni<Long> prune(Instant sentBefore) {
        return pool.preparedQuery("delete from outbox_event where sent_at < $1")
                .execute(Tuple.of(sentBefore.atOffset(ZoneOffset.UTC))).map(rows -> (long) rows.rowCount());
    }

    @Override
    public Uni<Backlog> backlog() {
        return pool.query("select count(*), min(created_at) from outbox_event where sent_at is null").execute()
                .map(rows -> {
                    Row row = rows.iterator().next();
                    OffsetDateTime oldest = row.getOffsetDateTime(1);
                    return Backlog.of(row.getLong(0), oldest == null ? null : oldest.toInstant(), Instant.now());
                });
    }

    private Uni<Void> update(String sql, List<PendingEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        UUID[] ids = events.stream().map(e -> UUID.fromString(e.id())).toArray(UUID[]::new);
        return pool.preparedQuery(sql).execute(Tuple.of(ids)).replaceWithVoid();
    }

    private static PendingEvent pending(Row row) {
        return new PendingEvent(row.getUUID("id").toString(), row.getString("topic"), row.getString("record_key"),
                row.getString("type"), row.getString("subject"), row.getString("payload"),
                row.getOffsetDateTime("created_at").toInstant());
    }
}
