package dev.principalprep.progress.push.webhooks;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

/** Webhook subscriptions (Standard Webhooks): create, read, rotate the secret, re-enable, the delivery log. */
@Path("/api/v1/webhooks")
@Tag(name = "HR/L&D integration")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "ld-admin", "integration" })
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "403", description = "Neither an ld-admin nor an integration", content = @Content(mediaType = "application/problem+json"))
public class WebhookResource {

    private static final String SUBSCRIPTION = """
            {"id": "5b7d9f7e-3c55-4a53-9a57-2f0c1d0b7d11", "url": "https://hr.example.com/hooks/principal-prep",
             "description": "Module completions into our HRIS", "eventTypes": ["dev.principalprep.progress.ModuleCompleted.v1"],
             "enabled": true, "consecutiveFailures": 0, "createdBy": "hr-platform", "createdAt": "2026-11-27T09:00:00Z\"""";
    private static final String CREATED = SUBSCRIPTION
            + ", \"secret\": \"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\"}";
    private static final String DELIVERY = """
            {"id": "0f9a8c3e-5a1d-4a43-8c49-7d9f0d2c6a10", "messageId": "3f1e2d4c-8b7a-4c69-9e58-1a2b3c4d5e6f",
             "eventType": "dev.principalprep.progress.ModuleCompleted.v1", "status": "PENDING", "attempts": 2,
             "nextAttemptAt": "2026-11-27T09:35:05Z", "lastAttemptAt": "2026-11-27T09:05:05Z", "lastStatus": 503,
             "lastError": "answered 503", "createdAt": "2026-11-27T09:05:00Z",
             "payload": "{\\"type\\":\\"dev.principalprep.progress.ModuleCompleted.v1\\",\\"timestamp\\":\\"2026-11-27T09:05:00Z\\",\\"data\\":{\\"learnerId\\":\\"learner-1\\",\\"moduleId\\":\\"module-9\\"}}"}""";
    private static final String NOT_FOUND = "No such subscription, or not yours";

    private final WebhookSubscriptions subscriptions;
    private final JsonWebToken jwt;

    public WebhookResource(WebhookSubscriptions subscriptions, JsonWebToken jwt) {
        this.subscriptions = subscriptions;
        this.jwt = jwt;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Subscribe a URL to event types", description = """
            Deliveries are signed as Standard Webhooks defines (webhook-id, webhook-timestamp, webhook-signature) with the \
            secret in the answer, shown this once. The URL must be https and resolve to public addresses only.""")
    @APIResponse(responseCode = "201", description = "Created, with its secret", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookViews.Subscription.class), examples = @ExampleObject(name = "created", value = CREATED)))
    @APIResponse(responseCode = "400", description = "A body that breaks the rules", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "An unknown event type, or a URL the platform does not push to (not https, or resolving to a loopback, private or link-local address)", content = @Content(mediaType = "application/problem+json"))
    public Uni<Response> create(@Valid @NotNull WebhookViews.Request request) {
        return subscriptions.create(request, caller())
                .map(created -> Response.created(URI.create("/api/v1/webhooks/" + created.id()))
                        .entity(created).build());
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "The caller's subscriptions (every one for an ld-admin)")
    @APIResponse(responseCode = "200", description = "The subscriptions, oldest first, without secrets", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookViews.Subscription.class, type = SchemaType.ARRAY), examples = @ExampleObject(name = "one", value = "["
            + SUBSCRIPTION + "}]")))
    public Uni<List<WebhookViews.Subscription>> list() {
        return subscriptions.list(caller());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "One subscription, without its secret")
    @APIResponse(responseCode = "200", description = "The subscription", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookViews.Subscription.class), examples = @ExampleObject(name = "one", value = SUBSCRIPTION
            + "}")))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = "application/problem+json"))
    public Uni<WebhookViews.Subscription> get(@PathParam("id") UUID id) {
        return subscriptions.get(id, caller());
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Unsubscribe: nothing more is delivered, its log goes with it")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = "application/problem+json"))
    public Uni<Void> delete(@PathParam("id") UUID id) {
        return subscriptions.delete(id, caller());
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "A new signing secret, shown once", description = """
            For graceSeconds (default 24 hours) deliveries carry two signatures, space-separated in webhook-signature: \
            one with the new secret and one with the old, so a receiver can switch without losing any.""")
    @APIResponse(responseCode = "200", description = "Rotated, with the new secret", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookViews.Subscription.class), examples = @ExampleObject(name = "rotated", value = CREATED)))
    @APIResponse(responseCode = "400", description = "A grace period out of range", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = "application/problem+json"))
    public Uni<WebhookViews.Subscription> rotate(@PathParam("id") UUID id,
            @Parameter(description = "How long the old secret keeps signing, 0 to 604800 seconds (7 days)") @QueryParam("graceSeconds") @Min(0) @Max(604800) Long graceSeconds) {
        return subscriptions.rotate(id, graceSeconds == null ? null : Duration.ofSeconds(graceSeconds), caller());
    }

    @POST
    @Path("/{id}/enable")
    @Operation(operationId = "enableWebhook", summary = "Enable a subscription disabled after repeated failure", description = "Its failure count starts over; deliveries still pending resume.")
    @APIResponse(responseCode = "200", description = "Enabled", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookViews.Subscription.class), examples = @ExampleObject(name = "enabled", value = SUBSCRIPTION
            + "}")))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = "application/problem+json"))
    public Uni<WebhookViews.Subscription> enable(@PathParam("id") UUID id) {
        return subscriptions.enable(id, caller());
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log, newest first")
    @APIResponse(responseCode = "200", description = "Deliveries with their attempts and outcome", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookViews.Delivery.class, type = SchemaType.ARRAY), examples = @ExampleObject(name = "one", value = "["
            + DELIVERY + "]")))
    @APIResponse(responseCode = "400", description = "An unknown status or a limit out of range", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = "application/problem+json"))
    public Uni<List<WebhookViews.Delivery>> deliveries(@PathParam("id") UUID id,
            @Parameter(description = "Only deliveries in this status") @QueryParam("status") @Pattern(regexp = "PENDING|SUCCEEDED|FAILED", message = "must be PENDING, SUCCEEDED or FAILED") String status,
            @Parameter(description = "At most this many, 1 to 500") @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return subscriptions.deliveries(id, status, limit, caller());
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverWebhook", summary = "Send a delivery again now, with the same webhook-id", description = "The retry schedule starts over.")
    @APIResponse(responseCode = "202", description = "Due now", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookViews.Delivery.class), examples = @ExampleObject(name = "due", value = DELIVERY)))
    @APIResponse(responseCode = "404", description = "No such subscription or delivery", content = @Content(mediaType = "application/problem+json"))
    public Uni<Response> redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return subscriptions.redeliver(id, deliveryId, caller()).map(due -> Response.accepted(due).build());
    }

    private WebhookSubscriptions.Caller caller() {
        return new WebhookSubscriptions.Caller(jwt.getSubject(), jwt.getGroups().contains("ld-admin"));
    }
}
