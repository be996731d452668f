package dev.principalprep.content.publishing;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.bson.Document;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import dev.principalprep.content.modules.ModuleRepository;
import dev.principalprep.events.CloudEventHeaders;
import dev.principalprep.events.ModulePublished;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Relays the events recorded in each module's outbox to {@code content.modules.v1}, oldest first, marking each
 * sent once Kafka acknowledged it. While Kafka is away they wait; a crash between send and mark repeats an event
 * with the same id, which consumers drop.
 */
@ApplicationScoped
public class ModulePublishedRelay {

    private static final Logger LOG = Logger.getLogger(ModulePublishedRelay.class);
    static final String SOURCE = "/content-service";

    private final ModuleRepository modules;
    private final MutinyEmitter<String> emitter;

    public ModulePublishedRelay(ModuleRepository modules, @Channel("module-events") MutinyEmitter<String> emitter) {
        this.modules = modules;
        this.emitter = emitter;
    }

    // The first run waits for the Kafka channel to be connected.
    @Scheduled(every = "${outbox.relay.every:1s}", delayed = "${outbox.relay.delay:3s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> relay() {
        return modules.withPendingEvents()
                .onItem().transformToMulti(found -> Multi.createFrom().iterable(found))
                .onItem().transformToUniAndConcatenate(this::relayModule)
                .collect().last().replaceWithVoid()
                .onFailure().invoke(failure -> LOG.debugf("module event relay paused: %s", failure.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    private Uni<Void> relayModule(Document module) {
        String moduleId = module.getString("_id");
        List<Document> pending = module.getList(ModuleRepository.OUTBOX_FIELD, Document.class).stream()
                .filter(event -> event.get("sentAt") == null).toList();
        return Multi.createFrom().iterable(pending)
                .onItem().transformToUniAndConcatenate(event -> send(moduleId, event)
                        .chain(() -> modules.markEventSent(moduleId, event.getString("eventId"))))
                .collect().last().replaceWithVoid();
    }

    private Uni<Void> send(String moduleId, Document event) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.ID, event.getString("eventId"));
        header(headers, CloudEventHeaders.TYPE, ModulePublished.TYPE);
        header(headers, CloudEventHeaders.SOURCE, SOURCE);
        header(headers, CloudEventHeaders.SPEC_VERSION, "1.0");
        header(headers, CloudEventHeaders.SUBJECT, moduleId + "@" + event.getInteger("version"));
        header(headers, CloudEventHeaders.TIME, event.getDate("createdAt").toInstant().atOffset(ZoneOffset.UTC)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        header(headers, "content-type", "application/json");
        return emitter.sendMessage(Message.of(event.getString("payload")).addMetadata(
                OutgoingKafkaRecordMetadata.<String> builder().withKey(moduleId).withHeaders(headers).build()));
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
