package dev.principalprep.progress.costpractice;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import dev.principalprep.events.CostPassGraded;
import dev.principalprep.progress.inbox.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/** Applies {@code cost.passes.v1} to the cost practice count; a record that fails goes to the dead-letter topic. */
@ApplicationScoped
public class CostPassGradedConsumer {

    private static final Logger LOG = Logger.getLogger(CostPassGradedConsumer.class);

    private final CostPracticeService practice;

    public CostPassGradedConsumer(CostPracticeService practice) {
        this.practice = practice;
    }

    @Incoming("cost-passes")
    public Uni<Void> consume(String value, IncomingKafkaRecordMetadata<String, String> record) {
        EventEnvelope<CostPassGraded> event = EventEnvelope.read(record, value, CostPassGraded.TYPE, CostPassGraded.class);
        return practice.record(event.id(), record.getTopic(), event.data())
                .onFailure().invoke(failure -> LOG.warnf(failure, "event %s not applied", event.id()));
    }
}
