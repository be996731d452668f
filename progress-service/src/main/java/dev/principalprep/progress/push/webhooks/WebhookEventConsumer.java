package dev.principalprep.progress.push.webhooks;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.principalprep.delivery.consumer.EventConsumer;
import dev.principalprep.events.EventType;
import dev.principalprep.events.EventTypes;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;

/**
 * Takes {@code progress.events.v1} into webhook deliveries, under the consumers' retry and dead-letter policy. A type
 * no subscription can name (one added later to the stream) is passed over.
 */
@ApplicationScoped
public class WebhookEventConsumer {

    private static final Map<String, EventType<?>> DELIVERED = EventTypes.ALL.stream()
            .filter(type -> WebhookViews.EVENT_TYPES.contains(type.type()))
            .collect(Collectors.toMap(EventType::type, Function.identity()));

    private final EventConsumer consumer;
    private final WebhookDeliveries deliveries;
    private final ObjectMapper json;

    public WebhookEventConsumer(EventConsumer consumer, WebhookDeliveries deliveries, ObjectMapper json) {
        this.consumer = consumer;
        this.deliveries = deliveries;
        this.json = json;
    }

    @Incoming("progress-push")
    public Uni<Void> consume(Message<String> message) {
        @SuppressWarnings("unchecked")
        Optional<IncomingCloudEventMetadata<String>> cloudEvent = message.getMetadata(IncomingCloudEventMetadata.class)
                .map(metadata -> (IncomingCloudEventMetadata<String>) metadata);
        EventType<?> type = cloudEvent.map(metadata -> DELIVERED.get(metadata.getType())).orElse(null);
        if (cloudEvent.isPresent() && type == null) {
            return Uni.createFrom().completionStage(message::ack);
        }
        // Without CloudEvents attributes the record is poison: the policy sends it to the dead-letter topic.
        EventType<?> expected = type == null ? EventTypes.ITEM_COMPLETED : type;
        String time = cloudEvent.flatMap(IncomingCloudEventMetadata::getTimeStamp).map(ZonedDateTime::toOffsetDateTime)
                .map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format).orElse(null);
        return consumer.apply(message, expected, event -> deliveries.take(event.id(), event.topic(), expected.type(),
                body(expected.type(), time, message.getPayload())));
    }

    /** The body POSTed, as Standard Webhooks suggests: the type, when it happened, and the event's data. */
    private String body(String type, String time, String data) {
        try {
            ObjectNode body = json.createObjectNode().put("type", type).put("timestamp", time);
            body.set("data", json.readTree(data));
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the data was read as JSON already", e);
        }
    }
}
