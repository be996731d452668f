package dev.principalprep.progress.push.webhooks;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.StreamSupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import org.jboss.logging.Logger;

import dev.principalprep.problems.InvalidInput;
import dev.principalprep.progress.push.PushClient;
import dev.principalprep.progress.push.PushConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Webhook subscriptions and their delivery logs. An ld-admin sees and manages every subscription; anyone else (an
 * integration) only those its own subject created: another's is answered as not found.
 */
@ApplicationScoped
public class WebhookSubscriptions {

    private static final Logger LOG = Logger.getLogger(WebhookSubscriptions.class);
    private static final String COLUMNS = "id, url, description, event_types, enabled, disabled_reason, "
            + "consecutive_failures, case when previous_secret_until > now() then previous_secret_until end as grace, "
            + "owner, created_at";
    private static final String DELIVERY_COLUMNS = "id, message_id, event_type, status, attempts, next_attempt_at, "
            + "last_attempt_at, last_status, last_error, delivered_at, created_at, payload";

    /** Who is asking: the token's subject, and whether it may see every subscription. */
    public record Caller(String subject, boolean admin) {
    }

    private final Pool pool;
    private final PushClient client;
    private final Duration defaultGrace;

    public WebhookSubscriptions(Pool pool, PushClient client, PushConfig config) {
        this.pool = pool;
        this.client = client;
        this.defaultGrace = config.webhooks().rotationGrace();
    }

    public Uni<WebhookViews.Subscription> create(WebhookViews.Request request, Caller caller) {
        Set<String> unknown = new TreeSet<>(request.eventTypes());
        unknown.removeAll(WebhookViews.EVENT_TYPES);
        if (!unknown.isEmpty()) {
            return Uni.createFrom().failure(new InvalidInput("eventTypes", "unknown event types " + unknown
                    + "; the types delivered are " + WebhookViews.EVENT_TYPES));
        }
        String secret = WebhookSignature.newSecret();
        UUID id = UUID.randomUUID();
        String[] types = new TreeSet<>(request.eventTypes()).toArray(String[]::new);
        return client.requireTarget("url", request.url())
                .chain(() -> pool.preparedQuery("insert into webhook_subscription (id, owner, url, description, "
                        + "event_types, secret) values ($1, $2, $3, $4, $5, $6) returning " + COLUMNS)
                        .execute(Tuple.of(id, caller.subject(), request.url(), request.description(), types, secret)))
                .map(rows -> subscription(rows.iterator().next()).withSecret(secret))
                .invoke(created -> LOG.infof("%s subscribed webhook %s to %s", caller.subject(), id, Arrays.toString(types)));
    }

    public Uni<List<WebhookViews.Subscription>> list(Caller caller) {
        return pool.preparedQuery("select " + COLUMNS + " from webhook_subscription where $1 or owner = $2 "
                + "order by created_at, id").execute(Tuple.of(caller.admin(), caller.subject()))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).map(WebhookSubscriptions::subscription)
                        .toList());
    }

    public Uni<WebhookViews.Subscription> get(UUID id, Caller caller) {
        return one("select " + COLUMNS + " from webhook_subscription where id = $1 and ($2 or owner = $3)", id, caller);
    }

    public Uni<Void> delete(UUID id, Caller caller) {
        return one("delete from webhook_subscription where id = $1 and ($2 or owner = $3) returning " + COLUMNS, id,
                caller).invoke(gone -> LOG.infof("%s deleted webhook %s", caller.subject(), id)).replaceWithVoid();
    }

    /** A new secret, returned once; the old one keeps signing beside it for {@code grace} (the default when null). */
    public Uni<WebhookViews.Subscription> rotate(UUID id, Duration grace, Caller caller) {
        String secret = WebhookSignature.newSecret();
        Duration kept = grace == null ? defaultGrace : grace;
        return one("update webhook_subscription set previous_secret = secret, secret = $4, "
                + "previous_secret_until = now() + $5 * interval '1 millisecond' "
                + "where id = $1 and ($2 or owner = $3) returning " + COLUMNS, id, caller, secret, kept.toMillis())
                .map(rotated -> rotated.withSecret(secret))
                .invoke(rotated -> LOG.infof("%s rotated the secret of webhook %s", caller.subject(), id));
    }

    /** Enabled again after it was disabled: the failure count starts over and its waiting deliveries resume. */
    public Uni<WebhookViews.Subscription> enable(UUID id, Caller caller) {
        return one("update webhook_subscription set enabled = true, disabled_reason = null, consecutive_failures = 0, "
                + "failing_since = null where id = $1 and ($2 or owner = $3) returning " + COLUMNS, id, caller)
                .invoke(enabled -> LOG.infof("%s enabled webhook %s", caller.subject(), id));
    }

    /** The delivery log of a subscription, newest first, optionally of one status. */
    public Uni<List<WebhookViews.Delivery>> deliveries(UUID id, String status, int limit, Caller caller) {
        return get(id, caller).chain(found -> pool.preparedQuery("select " + DELIVERY_COLUMNS
                + " from webhook_delivery where subscription_id = $1 and ($2::varchar is null or status = $2) "
                + "order by created_at desc, id limit $3").execute(Tuple.of(id, status, limit)))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).map(WebhookSubscriptions::delivery)
                        .toList());
    }

    /** Sends a delivery again, whatever became of it, with the same message id: due now, the schedule starts over. */
    public Uni<WebhookViews.Delivery> redeliver(UUID id, UUID deliveryId, Caller caller) {
        return get(id, caller).chain(found -> pool.preparedQuery("update webhook_delivery set status = 'PENDING', "
                + "attempts = 0, next_attempt_at = now(), claimed_until = null where id = $1 and subscription_id = $2 "
                + "returning " + DELIVERY_COLUMNS).execute(Tuple.of(deliveryId, id)))
                .map(rows -> {
                    if (rows.size() == 0) {
                        throw new NotFoundException("No delivery " + deliveryId + " of webhook " + id);
                    }
                    LOG.infof("%s asked to redeliver %s of webhook %s", caller.subject(), deliveryId, id);
                    return delivery(rows.iterator().next());
                });
    }

    private Uni<WebhookViews.Subscription> one(String sql, UUID id, Caller caller, Object... more) {
        Tuple args = Tuple.of(id, caller.admin(), caller.subject());
        for (Object value : more) {
            args.addValue(value);
        }
        return pool.preparedQuery(sql).execute(args).map(rows -> found(rows, id));
    }

    private static WebhookViews.Subscription found(RowSet<Row> rows, UUID id) {
        if (rows.size() == 0) {
            throw new NotFoundException("No webhook subscription " + id);
        }
        return subscription(rows.iterator().next());
    }

    private static WebhookViews.Subscription subscription(Row row) {
        return new WebhookViews.Subscription(row.getUUID("id"), row.getString("url"), row.getString("description"),
                List.of(row.getArrayOfStrings("event_types")), row.getBoolean("enabled"),
                row.getString("disabled_reason"), row.getInteger("consecutive_failures"),
                row.getOffsetDateTime("grace"), row.getString("owner"), row.getOffsetDateTime("created_at"), null);
    }

    private static WebhookViews.Delivery delivery(Row row) {
        return new WebhookViews.Delivery(row.getUUID("id"), row.getString("message_id"), row.getString("event_type"),
                row.getString("status"), row.getInteger("attempts"), row.getOffsetDateTime("next_attempt_at"),
                row.getOffsetDateTime("last_attempt_at"), row.getInteger("last_status"), row.getString("last_error"),
                row.getOffsetDateTime("delivered_at"), row.getOffsetDateTime("created_at"), row.getString("payload"));
    }
}
