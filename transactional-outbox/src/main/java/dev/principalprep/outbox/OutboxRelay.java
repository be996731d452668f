package dev.principalprep.outbox;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executor;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import dev.principalprep.events.CloudEventHeaders;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Sends pending outbox events to Kafka in the order they were written, marking each sent once Kafka acknowledged
 * it. While Kafka is away the sends fail and the events wait for the next run; a crash between send and mark sends
 * an event twice, with the same id, which consumers drop.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private final Outbox outbox;
    private final MutinyEmitter<String> emitter;
    private final String source;

    public OutboxRelay(Outbox outbox, @Channel("outbox") MutinyEmitter<String> emitter,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        this.outbox = outbox;
        this.emitter = emitter;
        this.source = "/" + application;
    }

    // The first run waits for the Kafka channel to be connected.
    @Scheduled(every = "${outbox.relay.every:1s}", delayed = "${outbox.relay.delay:3s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> relay() {
        Context context = Vertx.currentContext();
        Executor onContext = task -> context.runOnContext(ignored -> task.run());
        return Panache.withSession(() -> outbox.pending(100))
                .onItem().transformToMulti(events -> Multi.createFrom().iterable(events))
                .onItem().transformToUniAndConcatenate(event -> send(event).emitOn(onContext)
                        .chain(() -> Panache.withTransaction(() -> outbox.markSent(event.id))))
                .collect().last().replaceWithVoid()
                .onFailure().invoke(failure -> LOG.debugf("outbox relay paused: %s", failure.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    private Uni<Void> send(OutboxEvent event) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.ID, event.id.toString());
        header(headers, CloudEventHeaders.TYPE, event.type);
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.SPEC_VERSION, "1.0");
        header(headers, CloudEventHeaders.TIME,
                event.createdAt.atZoneSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        if (event.subject != null) {
            header(headers, CloudEventHeaders.SUBJECT, event.subject);
        }
        header(headers, "content-type", "application/json");
        return emitter.sendMessage(Message.of(event.payload).addMetadata(OutgoingKafkaRecordMetadata.<String> builder()
                .withTopic(event.topic).withKey(event.recordKey).withHeaders(headers).build()));
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
