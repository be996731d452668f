package dev.principalprep.progress.push.lrs;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.principalprep.progress.push.PushClient;
import dev.principalprep.progress.push.PushConfig;
import dev.principalprep.progress.push.PushJobs;
import dev.principalprep.progress.push.RetrySchedule;
import dev.principalprep.progress.xapi.StatementService;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Forwards the statement log to each LRS endpoint, in log order, in batches. An endpoint is claimed
 * ({@code FOR UPDATE SKIP LOCKED}, then a lease with a claim id) so one replica at a time forwards to it; its cursor
 * moves only after the LRS answered 2xx, in the update that records the status and only while the claim is still
 * held. A batch is therefore sent again only when its answer was lost, under the same statement ids, which an LRS
 * deduplicates. A failure is retried on the schedule, never given up (statements must not be lost).
 */
@ApplicationScoped
public class LrsForwarder {

    private static final String CLAIM = """
            update lrs_endpoint set claimed_until = now() + $2 * interval '1 millisecond', claim = $3
            where id in (select id from lrs_endpoint
                         where next_attempt_at <= now() and (claimed_until is null or claimed_until < now())
                         order by next_attempt_at limit $1
                         for update skip locked)
            returning id, url, username, password, cursor_stored, cursor_seq, attempts""";

    private record Claimed(UUID id, String url, String authorization, OffsetDateTime cursorStored, long cursorSeq,
            int attempts) {
    }

    private final Pool pool;
    private final StatementService statements;
    private final PushClient client;
    private final PushConfig config;
    private final RetrySchedule schedule;
    private final ObjectMapper json;
    private final PushJobs jobs;

    public LrsForwarder(Pool pool, StatementService statements, PushClient client, PushConfig config,
            ObjectMapper json, PushJobs jobs) {
        this.pool = pool;
        this.statements = statements;
        this.client = client;
        this.config = config;
        this.schedule = config.schedule();
        this.json = json;
        this.jobs = jobs;
    }

    @Scheduled(every = "${push.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public Uni<Void> forwardDue() {
        UUID claim = UUID.randomUUID();
        return jobs.settled("LRS forwarding", pool.preparedQuery(CLAIM)
                .execute(Tuple.of(config.claimBatch(), config.lease().toMillis(), claim))
                .onItem().transformToMulti(rows -> Multi.createFrom().iterable(
                        StreamSupport.stream(rows.spliterator(), false).map(LrsForwarder::claimed).toList()))
                .onItem().transformToUniAndMerge(endpoint -> forward(endpoint, claim)).collect().last()
                .replaceWithVoid());
    }

    private Uni<Void> forward(Claimed endpoint, UUID claim) {
        return statements.after(endpoint.cursorStored(), endpoint.cursorSeq(), config.lrs().batchSize())
                .chain(batch -> batch.isEmpty() ? release(endpoint, claim)
                        : client.post(endpoint.url() + "/statements", Map.of("Authorization", endpoint.authorization(),
                                "X-Experience-API-Version", "1.0.3"), body(batch))
                                .chain(outcome -> outcome.delivered() ? advance(endpoint, claim, batch)
                                        : failed(endpoint, claim, outcome.error())))
                .onFailure().recoverWithUni(failure -> failed(endpoint, claim, "not forwarded: " + failure.getMessage()));
    }

    private Uni<Void> advance(Claimed endpoint, UUID claim, List<StatementService.Logged> batch) {
        StatementService.Logged last = batch.get(batch.size() - 1);
        return pool.preparedQuery("""
                update lrs_endpoint set cursor_stored = $3, cursor_seq = $4, forwarded = forwarded + $5, attempts = 0,
                    last_success_at = now(), next_attempt_at = now(), claimed_until = null, claim = null
                where id = $1 and claim = $2""")
                .execute(Tuple.of(endpoint.id(), claim, last.stored(), last.seq(), batch.size())).replaceWithVoid();
    }

    private Uni<Void> failed(Claimed endpoint, UUID claim, String error) {
        int attempts = endpoint.attempts() + 1;
        return pool.preparedQuery("""
                update lrs_endpoint set attempts = $3, last_error = $4, last_error_at = now(),
                    next_attempt_at = now() + $5 * interval '1 millisecond', claimed_until = null, claim = null
                where id = $1 and claim = $2""")
                .execute(Tuple.of(endpoint.id(), claim, attempts, error, schedule.nextOrLast(attempts).toMillis()))
                .replaceWithVoid();
    }

    private Uni<Void> release(Claimed endpoint, UUID claim) {
        return pool.preparedQuery("update lrs_endpoint set claimed_until = null, claim = null where id = $1 and claim = $2")
                .execute(Tuple.of(endpoint.id(), claim)).replaceWithVoid();
    }

    private String body(List<StatementService.Logged> batch) {
        try {
            return json.writeValueAsString(batch.stream().map(StatementService.Logged::statement).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("statements are maps of JSON values", e);
        }
    }

    private static Claimed claimed(Row row) {
        String credentials = row.getString("username") + ":" + row.getString("password");
        return new Claimed(row.getUUID("id"), row.getString("url"),
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)),
                row.getOffsetDateTime("cursor_stored"), row.getLong("cursor_seq"), row.getInteger("attempts"));
    }
}
