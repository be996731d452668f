package dev.principalprep.delivery.outbox;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Sends what the outbox holds to Kafka. {@link #wake()} is called when a transaction that wrote events commits, so
 * they leave at once; the poll every {@code delivery.outbox.poll-every} only picks up what a crash, a lost wake-up or
 * a Kafka outage left behind. Each round claims a batch (a lease, see {@link OutboxStore}), sends all of it at once
 * (the producer is idempotent and keeps the order of each key) and marks the acknowledged ones sent in one write.
 * The CloudEvents attributes travel as Kafka headers written by the connector itself (binary mode).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxStore store;
    private final MutinyEmitter<String> emitter;
    private final OutboxConfig config;
    private final URI source;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean woken = new AtomicBoolean();
    private final AtomicReference<Backlog> backlog = new AtomicReference<>(Backlog.EMPTY);
    private final AtomicReference<String> lastFailure = new AtomicReference<>();

    public OutboxRelay(OutboxStore store,
            @Channel("outbox") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096) MutinyEmitter<String> emitter,
            OutboxConfig config, MeterRegistry metrics) {
        this.store = store;
        this.emitter = emitter;
        this.config = config;
        this.source = URI.create(config.source());
        Gauge.builder("outbox.pending", backlog, b -> b.get().pending())
                .description("Events written to the outbox and not yet acknowledged by Kafka").register(metrics);
        Gauge.builder("outbox.oldest.age", backlog, b -> b.get().oldestAge().toMillis() / 1000.0)
                .description("How long the oldest unsent event has waited").baseUnit("seconds").register(metrics);
    }

    /** Starts a round now, or right after the one running: events committed meanwhile are not left for the poll. */
    public void wake() {
        woken.set(true);
        if (running.compareAndSet(false, true)) {
            woken.set(false);
            round().subscribe().with(full -> {
                running.set(false);
                if (full || woken.get()) {
                    wake();
                }
            }, failure -> {
                running.set(false);
                LOG.debugf("outbox relay round failed: %s", failure.getMessage());
            });
        }
    }

    /** The safety net, and the backlog figures for health and metrics; from the moment the channels are connected. */
    @Scheduled(every = "${delivery.outbox.poll-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> poll() {
        wake();
        return refreshBacklog();
    }

    @Scheduled(every = "${delivery.outbox.prune-every:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> prune() {
        return store.prune(Instant.now().minus(config.retention()))
                .invoke(pruned -> LOG.debugf("pruned %d sent events", pruned))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    public Backlog backlog() {
        return backlog.get();
    }

    /** Why the last send failed (Kafka unreachable, ...), or null when the last round sent everything it claimed. */
    public String lastFailure() {
        return lastFailure.get();
    }

    public Uni<Void> refreshBacklog() {
        return store.backlog().invoke(backlog::set).onFailure().recoverWithNull().replaceWithVoid();
    }

    /**
     * One round: claim, send, mark; every replica runs them, at the same time as the others. True when the batch was
     * full, so more may be waiting.
     */
    public Uni<Boolean> round() {
        return store.claim(config.batchSize(), config.lease()).chain(events -> {
            if (events.isEmpty()) {
                return Uni.createFrom().item(false);
            }
            List<Uni<PendingEvent>> sends = events.stream()
                    .map(event -> send(event).replaceWith(event).onFailure().invoke(this::failed).onFailure()
                            .recoverWithNull())
                    .toList();
            return Uni.join().all(sends).andFailFast().chain(results -> {
                List<PendingEvent> sent = results.stream().filter(Objects::nonNull).toList();
                List<PendingEvent> unsent = new ArrayList<>(events);
                unsent.removeAll(sent);
                if (unsent.isEmpty()) {
                    lastFailure.set(null);
                }
                return store.markSent(sent).chain(() -> store.release(unsent))
                        .replaceWith(unsent.isEmpty() && events.size() == config.batchSize());
            });
        });
    }

    private void failed(Throwable failure) {
        lastFailure.set(failure.getMessage());
    }

    private Uni<Void> send(PendingEvent event) {
        Message<String> message = Message.of(event.payload())
                .addMetadata(OutgoingKafkaRecordMetadata.<String> builder()
                        .withTopic(event.topic()).withKey(event.key()).build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(event.id()).withType(event.type()).withSource(source).withSubject(event.subject())
                        .withTimestamp(event.createdAt().atZone(ZoneOffset.UTC))
                        .withDataContentType("application/json").build());
        return emitter.sendMessage(message);
    }
}
