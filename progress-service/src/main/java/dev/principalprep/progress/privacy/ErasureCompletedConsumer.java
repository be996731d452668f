package dev.principalprep.progress.privacy;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import dev.principalprep.delivery.consumer.EventConsumer;
import dev.principalprep.events.EventTypes;
import io.smallrye.mutiny.Uni;

/** Applies the other services' {@code LearnerErasureCompleted} to the erasure requests' status. */
@ApplicationScoped
public class ErasureCompletedConsumer {

    private final EventConsumer consumer;
    private final LearnerDataService learnerData;

    public ErasureCompletedConsumer(EventConsumer consumer, LearnerDataService learnerData) {
        this.consumer = consumer;
        this.learnerData = learnerData;
    }

    @Incoming("cost-erasures")
    public Uni<Void> consume(Message<String> message) {
        return consumer.apply(message, EventTypes.LEARNER_ERASURE_COMPLETED,
                event -> learnerData.completed(event.id(), event.topic(), event.data()));
    }
}
