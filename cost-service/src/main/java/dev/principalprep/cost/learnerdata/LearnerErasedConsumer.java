package dev.principalprep.cost.learnerdata;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import dev.principalprep.delivery.consumer.EventConsumer;
import dev.principalprep.events.EventTypes;
import io.smallrye.mutiny.Uni;

/** Applies {@code progress.erasures.v1}, under the consumers' retry and dead-letter policy. */
@ApplicationScoped
public class LearnerErasedConsumer {

    private final EventConsumer consumer;
    private final LearnerDataService learnerData;

    public LearnerErasedConsumer(EventConsumer consumer, LearnerDataService learnerData) {
        this.consumer = consumer;
        this.learnerData = learnerData;
    }

    @Incoming("progress-erasures")
    public Uni<Void> consume(Message<String> message) {
        return consumer.apply(message, EventTypes.LEARNER_ERASED,
                event -> learnerData.erase(event.id(), event.topic(), event.data()));
    }
}
