package dev.principalprep.progress.push;

import java.time.Duration;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.principalprep.delivery.postgres.Inbox;
import dev.principalprep.progress.push.lrs.LrsForwarder;
import dev.principalprep.progress.push.webhooks.WebhookDeliveries;
import dev.principalprep.progress.push.webhooks.WebhookDeliveryWorker;
import dev.principalprep.progress.support.ProgressServiceTest;
import dev.principalprep.progress.xapi.StatementService;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * A stop closes the database pool under a push round that is running (the jobs' skip only spares the rounds not yet
 * begun). A round's failure that reached the scheduler would be logged as an error: each round must end without one.
 */
@ProgressServiceTest
class RoundsOnAClosedPoolTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    Inbox inbox;

    @Inject
    StatementService statements;

    @Inject
    PushClient client;

    @Inject
    PushConfig config;

    @Inject
    PushJobs jobs;

    @Inject
    ObjectMapper json;

    @Inject
    Vertx vertx;

    @ConfigProperty(name = "quarkus.datasource.reactive.url")
    String databaseUrl;

    private Pool closedPool() {
        Pool pool = PgBuilder.pool().connectingTo(databaseUrl).using(vertx).build();
        pool.close().await().atMost(WAIT);
        return pool;
    }

    @Test
    void aWebhookDeliveryRoundEndsWithoutAFailure() {
        new WebhookDeliveryWorker(new WebhookDeliveries(inbox, closedPool(), config), client, jobs).deliverDue().await()
                .atMost(WAIT);
    }

    @Test
    void anLrsForwardingRoundEndsWithoutAFailure() {
        new LrsForwarder(closedPool(), statements, client, config, json, jobs).forwardDue().await().atMost(WAIT);
    }
}
