package dev.principalprep.progress.push.lrs;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

/** LRS endpoints the statement log is forwarded to, and where forwarding stands: ld-admins only. */
@Path("/api/v1/lrs-endpoints")
@Tag(name = "HR/L&D integration")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ld-admin")
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "403", description = "Not an ld-admin", content = @Content(mediaType = "application/problem+json"))
public class LrsEndpointResource {

    private static final String ENDPOINT = """
            {"id": "9d3b6c1e-2f4a-4b8e-9c7d-1a2b3c4d5e6f", "url": "https://lrs.example.com/data/xAPI", "key": "3c5f1a0e9b",
             "createdBy": "ld-admin-1", "createdAt": "2026-11-27T09:00:00Z",
             "status": {"forwarded": 88, "cursorStored": "2026-11-27T09:12:03.417Z", "lastSuccessAt": "2026-11-27T09:12:04Z",
                        "lastError": "answered 503", "lastErrorAt": "2026-11-27T09:05:00Z", "attempts": 0,
                        "nextAttemptAt": "2026-11-27T09:12:04Z"}}""";
    private static final String NOT_FOUND = "No such LRS endpoint";

    private final LrsEndpoints endpoints;
    private final JsonWebToken jwt;

    public LrsEndpointResource(LrsEndpoints endpoints, JsonWebToken jwt) {
        this.endpoints = endpoints;
        this.jwt = jwt;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerLrsEndpoint", summary = "Forward the statement log to an LRS (logged)", description = """
            From the start of the log, in log order, in batches POSTed to <url>/statements with Basic auth and \
            X-Experience-API-Version 1.0.3; retried until the LRS accepts. The secret is stored and never returned.""")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LrsViews.Endpoint.class), examples = @ExampleObject(name = "registered", value = ENDPOINT)))
    @APIResponse(responseCode = "400", description = "A body that breaks the rules", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "A URL the platform does not push to (not https, or resolving to a loopback, private or link-local address)", content = @Content(mediaType = "application/problem+json"))
    public Uni<Response> register(@Valid @NotNull LrsViews.Request request) {
        return endpoints.register(request, jwt.getSubject())
                .map(created -> Response.created(URI.create("/api/v1/lrs-endpoints/" + created.id()))
                        .entity(created).build());
    }

    @GET
    @Operation(operationId = "listLrsEndpoints", summary = "Every LRS endpoint with its forwarding status")
    @APIResponse(responseCode = "200", description = "The endpoints, oldest first", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LrsViews.Endpoint.class, type = SchemaType.ARRAY), examples = @ExampleObject(name = "one", value = "["
            + ENDPOINT + "]")))
    public Uni<List<LrsViews.Endpoint>> list() {
        return endpoints.list();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getLrsEndpoint", summary = "One LRS endpoint and its forwarding status")
    @APIResponse(responseCode = "200", description = "The endpoint", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LrsViews.Endpoint.class), examples = @ExampleObject(name = "one", value = ENDPOINT)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = "application/problem+json"))
    public Uni<LrsViews.Endpoint> get(@PathParam("id") UUID id) {
        return endpoints.get(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteLrsEndpoint", summary = "Stop forwarding to an LRS and forget its credentials (logged)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = "application/problem+json"))
    public Uni<Void> delete(@PathParam("id") UUID id) {
        return endpoints.delete(id, jwt.getSubject());
    }
}
