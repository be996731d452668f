package dev.principalprep.cost.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.principalprep.cost.support.CostServiceTest;
import dev.principalprep.delivery.outbox.OutboxRelay;
import dev.principalprep.delivery.postgres.Outbox;
import dev.principalprep.delivery.postgres.PostgresOutboxStore;
import dev.principalprep.localstack.testing.TestTopics;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** The outbox's guarantees, each proven by counting every record the topic holds. */
@CostServiceTest
class EstimateOutboxTest {

    // Probes go to a topic of their own: no consumer of the platform reads them.
    private static final String TOPIC = "test.outbox-probes.v1";
    private static final String TYPE = "dev.principalprep.test.OutboxProbe.v1";

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    PostgresOutboxStore store;
    @Inject
    Pool pool;

    /**
     * Mechanism: the claim's lease, taken on rows selected FOR UPDATE SKIP LOCKED. Four extra relay rounds run at the
     * same time as the relay woken by the commit, as replicas sharing the outbox would, in batches of 10: without the
     * lease several rounds take the same rows and the topic holds copies.
     */
    @Test
    void relaysRunningAtOnceSendEveryEventExactlyOnce() throws Throwable {
        String run = UUID.randomUUID().toString();
        List<String> keys = IntStream.range(0, 120).mapToObj(i -> run + "-" + i).toList();
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Multi.createFrom().iterable(keys)
                .onItem().transformToUniAndConcatenate(key -> outbox.append(TOPIC, key, TYPE, "probe",
                        Map.of("key", key)))
                .collect().last()));
        List<CompletableFuture<Void>> replicas = IntStream.range(0, 4).mapToObj(i -> CompletableFuture.runAsync(() -> {
            while (Boolean.TRUE.equals(relay.round().await().atMost(Duration.ofSeconds(30)))
                    || backlogOf(run) > 0) {
                // another round, as a replica's relay would run while events are pending
            }
        })).toList();
        CompletableFuture.allOf(replicas.toArray(CompletableFuture[]::new)).get();

        Map<String, Long> copies = sentFor(run, keys.size());
        assertEquals(keys.size(), copies.size(), "every event sent");
        assertEquals(Map.of(), copies.entrySet().stream().filter(e -> e.getValue() != 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "events sent more than once");
    }

    /**
     * Mechanism: the poll (the relay's safety net) together with the lease's expiry. The row is committed as claimed
     * by a replica that then died before sending, and without its commit notice (the trigger does not fire for a
     * session in replica mode), as if that wake-up went with the replica: only the poll, once the lease ran out, can
     * send it.
     */
    @Test
    void anEventCommittedButNeverSentByACrashedReplicaIsSentOnceItsLeaseRunsOut() {
        String key = "crashed-" + UUID.randomUUID();
        String id = UUID.randomUUID().toString();
        pool.withTransaction(connection -> connection.query("set local session_replication_role = replica").execute()
                .chain(() -> connection.preparedQuery("""
                        insert into outbox_event (id, topic, record_key, type, subject, payload, created_at, claimed_until)
                        values ($1, $2, $3, $4, 'probe', '{}', now(), now() + interval '2 seconds')""")
                        .execute(Tuple.of(UUID.fromString(id), TOPIC, key, TYPE))))
                .await().indefinitely();

        Map<String, Long> copies = sentFor(key, 1);
        assertEquals(Map.of(id, 1L), copies);
    }

    /**
     * Mechanism: {@link Outbox#appendWith} writes the change and its event as one statement. The change is written
     * first and the event then fails (its key is longer than the column allows): the change is not kept either. Sent
     * as two statements without a transaction, the change would stay with no event to announce it.
     */
    @Test
    void aChangeWrittenWithItsEventIsKeptOnlyWithTheEvent() {
        pool.query("create table if not exists outbox_probe (id uuid primary key)").execute().await().indefinitely();
        UUID lost = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        String change = "insert into outbox_probe (id) values ($1)";

        RuntimeException refused = assertThrows(RuntimeException.class, () -> outbox.appendWith(change, List.of(lost),
                TOPIC, "k".repeat(200), TYPE, "probe", Map.of("id", lost.toString())).await().indefinitely());
        // No subject: the attribute is optional in CloudEvents, and a null argument must not break the statement.
        outbox.appendWith(change, List.of(kept), TOPIC, "appended-with-" + kept, TYPE, null,
                Map.of("id", kept.toString())).await().indefinitely();

        assertTrue(refused.getMessage().contains("too long"), refused.getMessage());
        assertEquals(0, count("select count(*) from outbox_probe where id = '" + lost + "'"));
        assertEquals(1, count("select count(*) from outbox_probe where id = '" + kept + "'"));
        assertEquals(1, sentFor("appended-with-" + kept, 1).size(), "the kept change announced");
    }

    /** Mechanism: pruning deletes sent rows older than the retention, never a pending one. */
    @Test
    void pruningDeletesSentEventsAndKeepsPendingOnes() {
        String pendingId = UUID.randomUUID().toString();
        pool.preparedQuery("""
                insert into outbox_event (id, topic, record_key, type, subject, payload, created_at, claimed_until)
                values ($1, $2, 'pending', $3, 'probe', '{}', now(), now() + interval '1 hour')""")
                .execute(Tuple.of(UUID.fromString(pendingId), TOPIC, TYPE)).await().indefinitely();
        pool.query("update outbox_event set sent_at = now() - interval '8 days' where sent_at is not null").execute()
                .await().indefinitely();

        long pruned = store.prune(java.time.Instant.now().minus(Duration.ofDays(7))).await().indefinitely();
        long sentLeft = count("select count(*) from outbox_event where sent_at is not null");
        long pendingLeft = count("select count(*) from outbox_event where id = '" + pendingId + "'");
        pool.query("delete from outbox_event where id = '" + pendingId + "'").execute().await().indefinitely();

        assertTrue(pruned > 0, "sent events were there to prune");
        assertEquals(0, sentLeft);
        assertEquals(1, pendingLeft);
    }

    private long backlogOf(String run) {
        return count("select count(*) from outbox_event where sent_at is null and record_key like '" + run + "%'");
    }

    private long count(String sql) {
        return pool.query(sql).execute().map(rows -> rows.iterator().next().getLong(0)).await().indefinitely();
    }

    /** How many times each event id of the keys starting with {@code prefix} is on the topic, read to its end. */
    private static Map<String, Long> sentFor(String prefix, int expected) {
        Function<List<ConsumerRecord<String, String>>, List<ConsumerRecord<String, String>>> mine = read -> read.stream()
                .filter(r -> r.key() != null && r.key().startsWith(prefix)).toList();
        List<ConsumerRecord<String, String>> records = TestTopics.readAll(TOPIC,
                read -> mine.apply(read).size() >= expected, Duration.ofSeconds(3), Duration.ofSeconds(60));
        return mine.apply(records).stream()
                .collect(Collectors.groupingBy(r -> TestTopics.header(r, TestTopics.CE_ID), Collectors.counting()));
    }
}
