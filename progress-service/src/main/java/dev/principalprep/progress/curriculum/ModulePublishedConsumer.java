package dev.principalprep.progress.curriculum;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import dev.principalprep.events.ModulePublished;
import dev.principalprep.progress.inbox.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/** Applies {@code content.modules.v1} to the read model; a record that fails goes to the dead-letter topic. */
@ApplicationScoped
public class ModulePublishedConsumer {

    private static final Logger LOG = Logger.getLogger(ModulePublishedConsumer.class);

    private final CurriculumService curriculum;

    public ModulePublishedConsumer(CurriculumService curriculum) {
        this.curriculum = curriculum;
    }

    @Incoming("content-modules")
    public Uni<Void> consume(String value, IncomingKafkaRecordMetadata<String, String> record) {
        EventEnvelope<ModulePublished> event = EventEnvelope.read(record, value, ModulePublished.TYPE, ModulePublished.class);
        return curriculum.apply(event.id(), record.getTopic(), event.data())
                .onFailure().invoke(failure -> LOG.warnf(failure, "event %s not applied", event.id()));
    }
}
