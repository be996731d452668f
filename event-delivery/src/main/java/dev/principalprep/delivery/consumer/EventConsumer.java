package dev.principalprep.delivery.consumer;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import dev.principalprep.events.EventType;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * The consumers' policy, one for every channel. A batch of records (what one poll of the connector returned) is applied
 * in one transaction: its ids go into the inbox with one statement, and the effect runs, in the order received (so
 * each partition's order), once for each id not applied before. A record that cannot be read or breaks its schema, or
 * whose effect says it never can be applied ({@link PoisonEvent}), is left out and nacked, so the connector's
 * dead-letter strategy sends it to the channel's dead-letter topic with the reason in its headers; the rest of the batch
 * is applied. Any other failure (store unreachable, timeout, lock conflict) is transient: the transaction is rolled back
 * and the whole batch retried with backoff until it succeeds. Nothing is acked meanwhile and the channel takes the next
 * batch only after this one, so the connector stops fetching (it pauses the partitions once its queue is full); the
 * offsets are committed only after the batch was applied, so a restart in the middle starts again from it and the inbox
 * drops what had been applied.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private final Supplier<BatchInbox> inbox;
    private final Duration firstRetry;
    private final Duration maxRetry;

    @Inject
    public EventConsumer(Instance<BatchInbox> inbox) {
        this(inbox::get, Duration.ofMillis(100), Duration.ofSeconds(5));
    }

    EventConsumer(Supplier<BatchInbox> inbox, Duration firstRetry, Duration maxRetry) {
        this.inbox = inbox;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
    }

    /** Applies the records of a batch channel ({@code batch=true}), then acks the batch. */
    public <T> Uni<Void> applyBatch(KafkaRecordBatch<String, String> batch, EventType<T> type,
            Function<IncomingEvent<T>, Uni<Void>> effect) {
        return applyAll(batch.getRecords(), batch::ack, type, effect);
    }

    /** Applies the record of a channel that delivers one at a time: a batch of one. */
    public <T> Uni<Void> apply(Message<String> message, EventType<T> type, Function<IncomingEvent<T>, Uni<Void>> effect) {
        return applyAll(List.of(message), message::ack, type, effect);
    }

    <T> Uni<Void> applyAll(List<? extends Message<String>> records, Supplier<CompletionStage<Void>> ackAll,
            EventType<T> type, Function<IncomingEvent<T>, Uni<Void>> effect) {
        Map<Message<String>, PoisonEvent> poison = new LinkedHashMap<>();
        Map<String, IncomingEvent<T>> events = new LinkedHashMap<>();
        Map<String, List<Message<String>>> recordsById = new HashMap<>();
        for (Message<String> record : records) {
            try {
                IncomingEvent<T> event = read(record, type);
                events.putIfAbsent(event.id(), event);
                recordsById.computeIfAbsent(event.id(), id -> new ArrayList<>()).add(record);
            } catch (PoisonEvent unreadable) {
                poison.put(record, unreadable);
            }
        }
        Map<String, PoisonEvent> refused = new HashMap<>();
        return Uni.createFrom().deferred(() -> applyOnce(events, refused, effect))
                .onFailure().invoke(failure -> LOG.warnf("batch of %d events not applied yet, retrying: %s",
                        events.size(), failure))
                .onFailure().retry().withBackOff(firstRetry, maxRetry).indefinitely()
                .invoke(() -> refused.forEach((id, reason) -> recordsById.get(id)
                        .forEach(record -> poison.put(record, reason))))
                .chain(() -> deadLetter(poison))
                .chain(() -> Uni.createFrom().completionStage(ackAll));
    }

    /**
     * One transaction over the events not refused yet. An effect refusing its event rolls the transaction back; it is
     * run again at once without that event, so a refusal costs no backoff.
     */
    private <T> Uni<Void> applyOnce(Map<String, IncomingEvent<T>> events, Map<String, PoisonEvent> refused,
            Function<IncomingEvent<T>, Uni<Void>> effect) {
        Map<String, String> topicsById = new LinkedHashMap<>();
        events.values().stream().filter(event -> !refused.containsKey(event.id()))
                .forEach(event -> topicsById.put(event.id(), event.topic()));
        if (topicsById.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return inbox.get().inOneTransaction(topicsById, fresh -> inOrder(topicsById.keySet(), fresh, events, effect))
                .onFailure(RefusedEvent.class).recoverWithUni(refusal -> {
                    RefusedEvent refusedEvent = (RefusedEvent) refusal;
                    refused.put(refusedEvent.id, refusedEvent.reason);
                    return applyOnce(events, refused, effect);
                });
    }

    private static <T> Uni<Void> inOrder(Set<String> ids, Set<String> fresh, Map<String, IncomingEvent<T>> events,
            Function<IncomingEvent<T>, Uni<Void>> effect) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String id : ids) {
            if (fresh.contains(id)) {
                IncomingEvent<T> event = events.get(id);
                chain = chain.chain(() -> Uni.createFrom().deferred(() -> effect.apply(event))
                        .onFailure(PoisonEvent.class)
                        .transform(reason -> new RefusedEvent(id, (PoisonEvent) reason)));
            } else {
                LOG.debugf("event %s already applied", id);
            }
        }
        return chain;
    }

    private static Uni<Void> deadLetter(Map<Message<String>, PoisonEvent> poison) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (var entry : poison.entrySet()) {
            chain = chain.chain(() -> {
                LOG.warnf("record sent to the dead-letter topic: %s", entry.getValue().getMessage());
                return Uni.createFrom().completionStage(() -> entry.getKey().nack(entry.getValue()));
            });
        }
        return chain;
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

    /** An effect's refusal, with the event it refused: that event is dead-lettered and the rest of its batch applied. */
    private static final class RefusedEvent extends RuntimeException {

        private final String id;
        private final PoisonEvent reason;

        RefusedEvent(String id, PoisonEvent reason) {
            super(reason.getMessage(), reason, false, false);
            this.id = id;
            this.reason = reason;
        }
    }
}
