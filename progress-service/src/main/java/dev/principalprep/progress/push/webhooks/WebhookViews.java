package dev.principalprep.progress.push.webhooks;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.principalprep.events.AssessmentRecorded;
import dev.principalprep.events.ItemCompleted;
import dev.principalprep.events.MockInterviewLogged;
import dev.principalprep.events.ModuleCompleted;
import dev.principalprep.events.StoryAdded;

/** What crosses the wire for webhook subscriptions and their deliveries. */
public final class WebhookViews {

    /** The event types of {@code progress.events.v1} a subscription can name. */
    public static final List<String> EVENT_TYPES = List.of(ItemCompleted.TYPE, ModuleCompleted.TYPE, StoryAdded.TYPE,
            AssessmentRecorded.TYPE, MockInterviewLogged.TYPE);

    private WebhookViews() {
    }

    @Schema(name = "WebhookSubscriptionRequest", example = """
            {"url": "https://hr.example.com/hooks/principal-prep", "eventTypes": ["dev.principalprep.progress.ModuleCompleted.v1"],
             "description": "Module completions into our HRIS"}""")
    public record Request(
            @Schema(description = "Where deliveries are POSTed: https, resolving to public addresses only") @NotBlank @Size(max = 2000) String url,
            @Schema(description = "The event types to deliver, from progress.events.v1", example = "[\"dev.principalprep.progress.ModuleCompleted.v1\"]") @NotEmpty @Size(max = 5) Set<@NotNull String> eventTypes,
            @Schema(description = "What it is for, up to 500 characters") @Size(max = 500) String description) {
    }

    @Schema(name = "WebhookSubscription")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Subscription(
            @Schema(description = "The subscription's id") UUID id,
            @Schema(description = "Where deliveries are POSTed") String url,
            @Schema(description = "What it is for", nullable = true) String description,
            @Schema(description = "The event types delivered, sorted") List<String> eventTypes,
            @Schema(description = "False once disabled after repeated failure (see the README); re-enable with POST .../enable") boolean enabled,
            @Schema(description = "Why it was disabled", nullable = true) String disabledReason,
            @Schema(description = "Failed attempts in a row since the last success") int consecutiveFailures,
            @Schema(description = "Until when the previous secret still signs beside the current one", nullable = true) OffsetDateTime previousSecretUntil,
            @Schema(description = "The subject of the token that created it") String createdBy,
            @Schema(description = "When it was created (UTC)") OffsetDateTime createdAt,
            @Schema(description = "The signing secret (whsec_ and base64): returned only when created or rotated, never again", nullable = true) String secret) {

        Subscription withSecret(String shown) {
            return new Subscription(id, url, description, eventTypes, enabled, disabledReason, consecutiveFailures,
                    previousSecretUntil, createdBy, createdAt, shown);
        }
    }

    @Schema(name = "WebhookDelivery")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Delivery(
            @Schema(description = "The delivery's id, for redelivery") UUID id,
            @Schema(description = "The webhook-id header: the event's id, the same on every retry") String messageId,
            @Schema(description = "The event type") String eventType,
            @Schema(description = "PENDING (will be tried at nextAttemptAt), SUCCEEDED, or FAILED (the retry schedule was spent, or the subscription is disabled)", enumeration = {
                    "PENDING", "SUCCEEDED", "FAILED" }) String status,
            @Schema(description = "Attempts made since it was created or last redelivered") int attempts,
            @Schema(description = "When the next attempt is due", nullable = true) OffsetDateTime nextAttemptAt,
            @Schema(description = "When the last attempt was made", nullable = true) OffsetDateTime lastAttemptAt,
            @Schema(description = "The HTTP status the receiver last answered", nullable = true) Integer lastStatus,
            @Schema(description = "What went wrong on the last attempt", nullable = true) String lastError,
            @Schema(description = "When the receiver accepted it", nullable = true) OffsetDateTime deliveredAt,
            @Schema(description = "When the event was taken for this subscription") OffsetDateTime createdAt,
            @Schema(description = "The body POSTed: {type, timestamp, data}") String payload){
    }
}
