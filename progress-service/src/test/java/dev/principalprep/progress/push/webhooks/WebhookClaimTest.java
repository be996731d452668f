package dev.principalprep.progress.push.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.principalprep.progress.support.ProgressServiceTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Replicas claiming due deliveries at the same moment never take the same one. */
@ProgressServiceTest
class WebhookClaimTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    Pool pool;

    @Test
    void concurrentClaimsAreDisjointAndAClaimedDeliveryIsLeased() {
        UUID subscription = UUID.randomUUID();
        pool.preparedQuery("insert into webhook_subscription (id, owner, url, event_types, secret) "
                + "values ($1, 'claims', 'http://127.0.0.1:9/claims', '{x}', $2)")
                .execute(Tuple.of(subscription, WebhookSignature.newSecret())).await().atMost(WAIT);
        pool.preparedQuery("insert into webhook_delivery (id, subscription_id, message_id, event_type, payload, status, "
                + "next_attempt_at) select gen_random_uuid(), $1, 'claim-' || n, 'x', '{}', 'PENDING', now() "
                + "from generate_series(1, 30) n").execute(Tuple.of(subscription)).await().atMost(WAIT);

        List<List<WebhookDeliveries.Claimed>> claims = Uni.join()
                .all(deliveries.claim(), deliveries.claim(), deliveries.claim()).andFailFast().await().atMost(WAIT);
        Set<UUID> seen = new HashSet<>();
        int claimed = 0;
        for (List<WebhookDeliveries.Claimed> claim : claims) {
            for (WebhookDeliveries.Claimed delivery : claim) {
                claimed++;
                assertTrue(seen.add(delivery.id()), "claimed twice: " + delivery.id());
            }
        }
        assertTrue(claimed > 0);
        // Leased: none of them is claimed again while the lease runs.
        for (WebhookDeliveries.Claimed again : deliveries.claim().await().atMost(WAIT)) {
            assertTrue(!seen.contains(again.id()), "claimed again under its lease: " + again.id());
        }
        assertEquals(0, pool.preparedQuery("select count(*) from webhook_delivery where subscription_id = $1 "
                + "and status = 'PENDING' and claimed_until is null and id = any($2)")
                .execute(Tuple.of(subscription, seen.toArray(UUID[]::new))).await().atMost(WAIT).iterator().next()
                .getLong(0));
        pool.preparedQuery("delete from webhook_subscription where id = $1").execute(Tuple.of(subscription)).await()
                .atMost(WAIT);
    }
}
