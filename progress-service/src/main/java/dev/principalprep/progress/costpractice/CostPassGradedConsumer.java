package dev.principalprep.progress.costpractice;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.principalprep.delivery.consumer.EventConsumer;
import dev.principalprep.events.EventTypes;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/** Applies {@code cost.passes.v1} to the cost practice count, under the consumers' retry and dead-letter policy. */
@ApplicationScoped
public class CostPassGradedConsumer {

    private final EventConsumer consumer;
    private final CostPracticeService practice;

    public CostPassGradedConsumer(EventConsumer consumer, CostPracticeService practice) {
        this.consumer = consumer;
        this.practice = practice;
    }

    @Incoming("cost-passes")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return consumer.applyBatch(batch, EventTypes.COST_PASS_GRADED,
                event -> practice.record(event.id(), event.topic(), event.data(), event.time()));
    }
}
