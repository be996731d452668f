package dev.principalprep.delivery.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

import dev.principalprep.events.EstimateCreated;
import dev.principalprep.events.EventTypes;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.ce.impl.DefaultIncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * The batch policy of {@link EventConsumer} against an inbox that keeps its ids and its effects only when a transaction
 * commits, as the PostgreSQL inbox does: what is applied, how often, what is dead-lettered and when the batch is acked.
 */
class EventConsumerTest {

    private static final String TOPIC = "cost.estimates.v1";

    private final TransactionalInbox inbox = new TransactionalInbox();
    private final EventConsumer consumer = new EventConsumer(() -> inbox, Duration.ofMillis(1), Duration.ofMillis(5));
    private final List<String> nacks = new ArrayList<>();
    private final AtomicInteger acks = new AtomicInteger();

    @Test
    void aBatchIsAppliedInOneTransactionWithOneInboxStatementInTheOrderReceived() {
        apply(List.of(estimate("e1", "a"), estimate("e2", "b"), estimate("e3", "c")), effect());

        assertEquals(List.of("a", "b", "c"), inbox.applied);
        assertEquals(1, inbox.transactions);
        assertEquals(Map.of("e1", TOPIC, "e2", TOPIC, "e3", TOPIC), inbox.lastRecorded);
        assertEquals(1, acks.get());
        assertEquals(List.of(), nacks);
    }

    @Test
    void anIdRepeatedWithinABatchIsAppliedOnceWithItsFirstData() {
        apply(List.of(estimate("e1", "a"), estimate("e2", "b"), estimate("e1", "other")), effect());

        assertEquals(List.of("a", "b"), inbox.applied);
        assertEquals(1, acks.get());
    }

    @Test
    void anIdAppliedInAnEarlierBatchIsNotAppliedAgain() {
        apply(List.of(estimate("e1", "a"), estimate("e2", "b")), effect());
        apply(List.of(estimate("e2", "b-again"), estimate("e3", "c")), effect());

        assertEquals(List.of("a", "b", "c"), inbox.applied);
        assertEquals(2, acks.get());
    }

    @Test
    void malformedRecordsInTheMiddleAreDeadLetteredWithTheirReasonAndTheRestIsApplied() {
        Message<String> notJson = record("e2", EstimateCreated.TYPE, "{not json");
        Message<String> otherType = record("e3", "dev.principalprep.other.v1", body("x"));
        Message<String> noCloudEvent = tracked(Message.of(body("y")));
        apply(List.of(estimate("e1", "a"), notJson, otherType, noCloudEvent, estimate("e4", "d")), effect());

        assertEquals(List.of("a", "d"), inbox.applied);
        assertEquals(3, nacks.size());
        assertTrue(nacks.get(0).startsWith("data is not JSON"), nacks.get(0));
        assertTrue(nacks.get(1).startsWith("event type dev.principalprep.other.v1"), nacks.get(1));
        assertTrue(nacks.get(2).startsWith("no CloudEvents attributes"), nacks.get(2));
        assertEquals(Set.of("e1", "e4"), inbox.lastRecorded.keySet());
        assertEquals(1, acks.get());
    }

    @Test
    void aBatchOfPoisonOnlyIsDeadLetteredWithoutATransaction() {
        apply(List.of(record("e1", EstimateCreated.TYPE, "[]")), effect());

        assertEquals(0, inbox.transactions);
        assertEquals(1, nacks.size());
        assertEquals(1, acks.get());
    }

    @Test
    void aTransientFailureRetriesTheWholeBatchWithoutLossOrDoubleApplyAndAcksOnlyAfterwards() {
        AtomicInteger failuresLeft = new AtomicInteger(3);
        List<Integer> acksSeenByTheEffect = new ArrayList<>();
        Function<IncomingEvent<EstimateCreated>, Uni<Void>> flaky = event -> {
            acksSeenByTheEffect.add(acks.get());
            inbox.stage(event.data().estimateId());
            if (event.id().equals("e2") && failuresLeft.getAndDecrement() > 0) {
                return Uni.createFrom().failure(new IllegalStateException("connection refused"));
            }
            return Uni.createFrom().voidItem();
        };
        apply(List.of(estimate("e1", "a"), estimate("e2", "b"), estimate("e3", "c")), flaky);

        assertEquals(List.of("a", "b", "c"), inbox.applied);
        assertEquals(4, inbox.transactions);
        assertEquals(List.of(), nacks);
        assertEquals(1, acks.get());
        assertTrue(acksSeenByTheEffect.stream().allMatch(seen -> seen == 0), acksSeenByTheEffect.toString());
    }

    @Test
    void aFailureOfTheInboxItselfIsRetriedToo() {
        inbox.commitFailures = 2;
        apply(List.of(estimate("e1", "a"), estimate("e2", "b")), effect());

        assertEquals(List.of("a", "b"), inbox.applied);
        assertEquals(3, inbox.transactions);
        assertEquals(List.of(), nacks);
    }

    @Test
    void anEffectRefusingItsEventDeadLettersEveryRecordOfThatEventAndAppliesTheRestAtOnce() {
        Function<IncomingEvent<EstimateCreated>, Uni<Void>> refusing = event -> {
            if (event.data().estimateId().equals("b")) {
                return Uni.createFrom().failure(new PoisonEvent("estimate b cannot be counted"));
            }
            inbox.stage(event.data().estimateId());
            return Uni.createFrom().voidItem();
        };
        apply(List.of(estimate("e1", "a"), estimate("e2", "b"), estimate("e3", "c"), estimate("e2", "b")), refusing);

        assertEquals(List.of("a", "c"), inbox.applied);
        assertEquals(2, inbox.transactions);
        assertEquals(List.of("estimate b cannot be counted", "estimate b cannot be counted"), nacks);
        assertEquals(Set.of("e1", "e3"), inbox.lastRecorded.keySet());
        assertEquals(1, acks.get());
    }

    @Test
    void aChannelOfSingleRecordsAppliesEachAsABatchOfOne() {
        for (int delivery = 0; delivery < 2; delivery++) {
            Message<String> single = estimate("e1", "a").withAck(() -> {
                acks.incrementAndGet();
                return CompletableFuture.completedFuture(null);
            });
            consumer.apply(single, EventTypes.ESTIMATE_CREATED, effect()).await().atMost(Duration.ofSeconds(10));
        }

        assertEquals(List.of("a"), inbox.applied);
        assertEquals(2, acks.get());
    }

    private void apply(List<Message<String>> records, Function<IncomingEvent<EstimateCreated>, Uni<Void>> effect) {
        consumer.applyAll(records, () -> {
            acks.incrementAndGet();
            return CompletableFuture.completedFuture(null);
        }, EventTypes.ESTIMATE_CREATED, effect).await().atMost(Duration.ofSeconds(10));
    }

    private Function<IncomingEvent<EstimateCreated>, Uni<Void>> effect() {
        return event -> {
            inbox.stage(event.data().estimateId());
            return Uni.createFrom().voidItem();
        };
    }

    private Message<String> estimate(String eventId, String estimateId) {
        return record(eventId, EstimateCreated.TYPE, body(estimateId));
    }

    private static String body(String estimateId) {
        return """
                {"estimateId": "%s", "owner": "learner-1", "totalLow": 27300.00, "totalHigh": 42300.00,
                 "catalog": "module-9", "catalogVersion": 1}""".formatted(estimateId);
    }

    private Message<String> record(String eventId, String type, String value) {
        var cloudEvent = new DefaultIncomingCloudEventMetadata<>("1.0", eventId, URI.create("/cost-service"), type,
                "application/json", null, null, ZonedDateTime.now(), Map.of(), value);
        var kafka = new IncomingKafkaRecordMetadata<>(new ConsumerRecord<>(TOPIC, 0, 0L, "learner-1", value), "channel");
        return tracked(Message.of(value, Metadata.of(cloudEvent, kafka)));
    }

    /** Acks are the batch's (counted by {@link #apply}); a nack is a record sent to the dead-letter topic. */
    private Message<String> tracked(Message<String> message) {
        return message.withAck(() -> CompletableFuture.failedFuture(new AssertionError("records are acked as a batch")))
                .withNack(reason -> {
                    nacks.add(reason.getMessage());
                    return CompletableFuture.completedFuture(null);
                });
    }

    /** An inbox whose ids and effects are kept only when the transaction commits; a failure leaves nothing behind. */
    private static final class TransactionalInbox implements BatchInbox {

        private final Set<String> recorded = new HashSet<>();
        private final List<String> applied = new ArrayList<>();
        private final List<String> staged = new ArrayList<>();
        private Map<String, String> lastRecorded = Map.of();
        private int transactions;
        private int commitFailures;

        void stage(String effect) {
            staged.add(effect);
        }

        @Override
        public Uni<Void> inOneTransaction(Map<String, String> topicsById, Function<Set<String>, Uni<Void>> work) {
            transactions++;
            staged.clear();
            lastRecorded = new LinkedHashMap<>(topicsById);
            Set<String> fresh = topicsById.keySet().stream().filter(id -> !recorded.contains(id))
                    .collect(Collectors.toSet());
            return work.apply(fresh).invoke(() -> {
                if (commitFailures > 0) {
                    commitFailures--;
                    throw new IllegalStateException("could not serialize access");
                }
                recorded.addAll(fresh);
                applied.addAll(staged);
            });
        }
    }
}
