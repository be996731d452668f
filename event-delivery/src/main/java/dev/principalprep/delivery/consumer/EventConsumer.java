package dev.principalprep.delivery.consumer;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import dev.principalprep.events.EventType;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * The consumers' policy, one for every channel: a record that cannot be read or breaks its schema is nacked, so the
 * connector's dead-letter strategy sends it to the channel's dead-letter topic with the reason in its headers; any
 * other failure (store unreachable, timeout, lock conflict) is transient and retried with backoff until it succeeds.
 * The channel handles one record at a time, so while a record is retried nothing after it is applied and the
 * connector stops fetching (it pauses the partitions once its queue is full); the offset is committed only after the
 * record was applied, so a restart in the middle starts again from it.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private final Duration firstRetry;
    private final Duration maxRetry;

    public EventConsumer() {
        this(Duration.ofMillis(100), Duration.ofSeconds(5));
    }

    EventConsumer(Duration firstRetry, Duration maxRetry) {
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
    }

    public <T> Uni<Void> apply(Message<String> message, EventType<T> type, Function<IncomingEvent<T>, Uni<Void>> effect) {
        return Uni.createFrom().item(() -> read(message, type))
                .chain(event -> Uni.createFrom().deferred(() -> effect.apply(event))
                        .onFailure(failure -> !(failure instanceof PoisonEvent))
                        .invoke(failure -> LOG.warnf("event %s not applied yet, retrying: %s", event.id(), failure))
                        .onFailure(failure -> !(failure instanceof PoisonEvent))
                        .retry().withBackOff(firstRetry, maxRetry).indefinitely())
                .chain(() -> Uni.createFrom().completionStage(message::ack))
                .onFailure(PoisonEvent.class).recoverWithUni(poison -> {
                    LOG.warnf("record sent to the dead-letter topic: %s", poison.getMessage());
                    return Uni.createFrom().completionStage(() -> message.nack(poison));
                });
    }

    private static <T> IncomingEvent<T> read(Message<String> message, EventType<T> type) {
        String topic = message.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getTopic)
                .orElse(null);
        @SuppressWarnings("unchecked")
        IncomingCloudEventMetadata<String> cloudEvent = message.getMetadata(IncomingCloudEventMetadata.class).orElse(null);
        if (cloudEvent == null) {
            throw new PoisonEvent("no CloudEvents attributes (the ce_specversion, ce_id, ce_type, ce_source headers)");
        }
        return EventReader.read(cloudEvent.getId(), cloudEvent.getType(), topic, message.getPayload(), type,
                cloudEvent.getTimeStamp().map(ZonedDateTime::toInstant).orElse(null));
    }
}
