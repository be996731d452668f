package dev.principalprep.progress.costpractice;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import dev.principalprep.events.EstimateCreated;
import dev.principalprep.progress.inbox.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/** Applies {@code cost.estimates.v1} to the cost practice count; a record that fails goes to the dead-letter topic. */
@ApplicationScoped
public class EstimateCreatedConsumer {

    private static final Logger LOG = Logger.getLogger(EstimateCreatedConsumer.class);

    private final CostPracticeService practice;

    public EstimateCreatedConsumer(CostPracticeService practice) {
        this.practice = practice;
    }

    @Incoming("cost-estimates")
    public Uni<Void> consume(String value, IncomingKafkaRecordMetadata<String, String> record) {
        EventEnvelope<EstimateCreated> event = EventEnvelope.read(record, value, EstimateCreated.TYPE, EstimateCreated.class);
        return practice.record(event.id(), record.getTopic(), event.data())
                .onFailure().invoke(failure -> LOG.warnf(failure, "event %s not applied", event.id()));
    }
}
