package dev.principalprep.progress.curriculum;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.principalprep.delivery.consumer.EventConsumer;
import dev.principalprep.events.EventTypes;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/** Applies {@code content.modules.v1} to the read model, under the consumers' retry and dead-letter policy. */
@ApplicationScoped
public class ModulePublishedConsumer {

    private final EventConsumer consumer;
    private final CurriculumService curriculum;

    public ModulePublishedConsumer(EventConsumer consumer, CurriculumService curriculum) {
        this.consumer = consumer;
        this.curriculum = curriculum;
    }

    @Incoming("content-modules")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return consumer.applyBatch(batch, EventTypes.MODULE_PUBLISHED,
                event -> curriculum.apply(event.id(), event.topic(), event.data()));
    }
}
