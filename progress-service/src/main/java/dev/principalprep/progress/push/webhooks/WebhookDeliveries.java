package dev.principalprep.progress.push.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.principalprep.delivery.postgres.Inbox;
import dev.principalprep.progress.push.DisableRule;
import dev.principalprep.progress.push.PushClient;
import dev.principalprep.progress.push.PushConfig;
import dev.principalprep.progress.push.RetrySchedule;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The webhook delivery rows: taken from events (one per matching subscription, in the transaction of the event's
 * inbox entry, so an event is taken once and never lost), claimed when due, and updated with each attempt's outcome.
 */
@ApplicationScoped
public class WebhookDeliveries {

    private static final Logger LOG = Logger.getLogger(WebhookDeliveries.class);

    /**
     * Rows due now, of enabled subscriptions, selected {@code FOR UPDATE SKIP LOCKED} and leased: two replicas never
     * claim the same row, and the rows of a replica that died are claimable again once its lease ran out.
     */
    private static final String CLAIM = """
            update webhook_delivery d set claimed_until = now() + $2 * interval '1 millisecond'
            from webhook_subscription s
            where s.id = d.subscription_id and d.id in (
                select due.id from webhook_delivery due join webhook_subscription sub on sub.id = due.subscription_id
                where due.status = 'PENDING' and sub.enabled and due.next_attempt_at <= now()
                  and (due.claimed_until is null or due.claimed_until < now())
                order by due.next_attempt_at limit $1
                for update of due skip locked)
            returning d.id, d.subscription_id, d.message_id, d.payload, d.attempts, s.url, s.secret,
                      case when s.previous_secret_until > now() then s.previous_secret end as previous_secret""";

    /** A claimed delivery with what it takes to send it. */
    public record Claimed(UUID id, UUID subscriptionId, String messageId, String payload, int attempts, String url,
            List<String> secrets) {
    }

    private final Inbox inbox;
    private final Pool pool;
    private final PushConfig config;
    private final RetrySchedule schedule;
    private final DisableRule disableRule;

    public WebhookDeliveries(Inbox inbox, Pool pool, PushConfig config) {
        this.inbox = inbox;
        this.pool = pool;
        this.config = config;
        this.schedule = config.schedule();
        this.disableRule = config.disableRule();
    }

    /** Takes an event for every enabled subscription to its type, once per event id. */
    @WithTransaction
    public Uni<Void> take(String eventId, String topic, String type, String payload) {
        return inbox.firstTime(eventId, topic).chain(first -> !first ? Uni.createFrom().voidItem()
                : Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into webhook_delivery (id, subscription_id, message_id, event_type, payload, status,
                                                      next_attempt_at)
                        select gen_random_uuid(), s.id, ?1, ?2, ?3, 'PENDING', now() from webhook_subscription s
                        where s.enabled and ?2 = any(s.event_types)
                        on conflict (subscription_id, message_id) do nothing""")
                        .setParameter(1, eventId).setParameter(2, type).setParameter(3, payload).executeUpdate())
                        .replaceWithVoid());
    }

    public Uni<List<Claimed>> claim() {
        return pool.preparedQuery(CLAIM).execute(Tuple.of(config.claimBatch(), config.lease().toMillis()))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).map(WebhookDeliveries::claimed).toList());
    }

    /**
     * Records an attempt: delivered, due again after the schedule's next delay, or failed once it is spent; the
     * subscription's run of failures is counted in the same transaction, and it is disabled when the rule says so.
     */
    public Uni<Void> record(Claimed delivery, PushClient.Outcome outcome) {
        int attempts = delivery.attempts() + 1;
        if (outcome.delivered()) {
            return pool.withTransaction(connection -> connection.preparedQuery("""
                    update webhook_delivery set status = 'SUCCEEDED', attempts = $2, last_attempt_at = now(),
                        last_status = $3, last_error = null, delivered_at = now(), next_attempt_at = null,
                        claimed_until = null where id = $1""").execute(Tuple.of(delivery.id(), attempts, outcome.status()))
                    .chain(() -> connection.preparedQuery("update webhook_subscription set consecutive_failures = 0, "
                            + "failing_since = null where id = $1").execute(Tuple.of(delivery.subscriptionId())))
                    .replaceWithVoid());
        }
        Optional<Duration> retry = schedule.next(attempts);
        return pool.withTransaction(connection -> connection.preparedQuery("""
                update webhook_delivery set status = $3, attempts = $2, last_attempt_at = now(), last_status = $4,
                    last_error = $5, next_attempt_at = now() + $6 * interval '1 millisecond', claimed_until = null
                where id = $1""").execute(Tuple.tuple().addValue(delivery.id()).addValue(attempts)
                .addValue(retry.isPresent() ? "PENDING" : "FAILED")
                .addValue(outcome.status() == 0 ? null : outcome.status()).addValue(outcome.error())
                .addValue(retry.map(Duration::toMillis).orElse(null)))
                .chain(() -> connection.preparedQuery("""
                        update webhook_subscription set consecutive_failures = consecutive_failures + 1,
                            failing_since = coalesce(failing_since, now()) where id = $1
                        returning consecutive_failures, failing_since, now() as at""")
                        .execute(Tuple.of(delivery.subscriptionId())))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().voidItem(); // the subscription was deleted meanwhile
                    }
                    Row row = rows.iterator().next();
                    int failures = row.getInteger("consecutive_failures");
                    Instant since = row.getOffsetDateTime("failing_since").toInstant();
                    if (!disableRule.disables(failures, since, row.getOffsetDateTime("at").toInstant())) {
                        return Uni.createFrom().voidItem();
                    }
                    LOG.warnf("webhook %s disabled after %d failed attempts in a row since %s", delivery.subscriptionId(),
                            failures, since);
                    return connection.preparedQuery("update webhook_subscription set enabled = false, "
                            + "disabled_reason = $2 where id = $1 and enabled").execute(Tuple.of(delivery.subscriptionId(),
                                    failures + " failed attempts in a row since " + since + "; last: " + outcome.error()))
                            .replaceWithVoid();
                }));
    }

    private static Claimed claimed(Row row) {
        List<String> secrets = new ArrayList<>();
        secrets.add(row.getString("secret"));
        String previous = row.getString("previous_secret");
        if (previous != null) {
            secrets.add(previous);
        }
        return new Claimed(row.getUUID("id"), row.getUUID("subscription_id"), row.getString("message_id"),
                row.getString("payload"), row.getInteger("attempts"), row.getString("url"), List.copyOf(secrets));
    }
}
