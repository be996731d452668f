package dev.principalprep.progress.push.webhooks;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.principalprep.progress.push.PushClient;
import dev.principalprep.progress.push.PushJobs;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Sends due webhook deliveries, signed as Standard Webhooks defines, and records each outcome. */
@ApplicationScoped
public class WebhookDeliveryWorker {

    private static final Logger LOG = Logger.getLogger(WebhookDeliveryWorker.class);

    private final WebhookDeliveries deliveries;
    private final PushClient client;
    private final PushJobs jobs;

    public WebhookDeliveryWorker(WebhookDeliveries deliveries, PushClient client, PushJobs jobs) {
        this.deliveries = deliveries;
        this.client = client;
        this.jobs = jobs;
    }

    @Scheduled(every = "${push.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public Uni<Void> deliverDue() {
        return jobs.settled("webhook delivery", deliveries.claim()
                .onItem().transformToMulti(due -> Multi.createFrom().iterable(due))
                .onItem().transformToUniAndMerge(this::send).collect().last().replaceWithVoid());
    }

    private Uni<Void> send(WebhookDeliveries.Claimed delivery) {
        long timestamp = Instant.now().getEpochSecond();
        String signature = WebhookSignature.header(delivery.secrets(), delivery.messageId(), timestamp,
                delivery.payload());
        Map<String, String> headers = Map.of("webhook-id", delivery.messageId(), "webhook-timestamp",
                Long.toString(timestamp), "webhook-signature", signature);
        // A delivery whose outcome could not be recorded stays claimed until its lease ends, then is sent again.
        return client.post(delivery.url(), headers, delivery.payload())
                .chain(outcome -> deliveries.record(delivery, outcome))
                .onFailure().invoke(failure -> LOG.warnf("webhook delivery %s not recorded: %s", delivery.id(), failure))
                .onFailure().recoverWithNull();
    }
}
