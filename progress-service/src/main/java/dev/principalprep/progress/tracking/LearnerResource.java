package dev.principalprep.progress.tracking;

import java.util.OptionalLong;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.principalprep.caching.CachedResponses;
import dev.principalprep.progress.security.CurrentLearner;
import io.smallrye.mutiny.Uni;

/** A learner's own progress; {@code me} is the token's subject, another learner's id is refused. */
@Path("/api/v1/learners/{learner}")
@Tag(name = "Progress", description = "Each learner's progress through the curriculum")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@SecurityRequirement(name = "bearer")
@RolesAllowed("learner")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Another learner's progress, or a token without the learner role (integration and ld-admin tokens never write learner data)")
public class LearnerResource {

    static final String PREFER = "Prefer";
    static final String PREFERENCE_APPLIED = "Preference-Applied";
    private static final String PROGRESS_ETAG = "a hash of the progress sent: send it in If-None-Match to get 304 while nothing changed";
    private static final String IF_NONE_MATCH = "an ETag read before: 304 while it is still the current one";
    private static final String ETAG_DESCRIPTION = "the item state's version, a strong ETag such as \"3\": send it in If-Match with the next change";

    private final ProgressService progress;
    private final CurrentLearner learners;
    private final CachedResponses cached;

    public LearnerResource(ProgressService progress, CurrentLearner learners, CachedResponses cached) {
        this.progress = progress;
        this.learners = learners;
        this.cached = cached;
    }

    @PUT
    @Path("/modules/{moduleId}/items/{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "markItem", summary = "Set the learner's state of an item (idempotent: completing twice counts once)", description = "Answers the item's new state and the module's totals, or only 204 with `Prefer: return=minimal`; either way the ETag header is the item state's new version. Send the ETag you last read in If-Match so that a change made meanwhile on another device is refused (412) rather than overwritten; without If-Match the change applies to whatever is stored.")
    @APIResponse(responseCode = "200", description = "The item's new state and the module's totals; ETag: its new version", headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemState.class), examples = @ExampleObject(name = "first step done", value = ProgressExamples.ITEM_STATE)))
    @APIResponse(responseCode = "204", description = "Done, as `Prefer: return=minimal` asked (Preference-Applied: return=minimal); ETag: the item state's new version", headers = {
            @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = PREFERENCE_APPLIED, description = "return=minimal", schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "No status, an unknown status, minutes out of 0..6,000 or not a whole number, minutesAdded out of 1..600, both minutesSpent and minutesAdded")
    @APIResponse(responseCode = "404", description = "No such module in the curriculum")
    @APIResponse(responseCode = "409", description = "A change the learner cannot make: the cost practice item, completed by three cost passes, cannot be reopened", content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "cost practice done", value = ProgressExamples.REFUSED)))
    @APIResponse(responseCode = "412", description = "The item changed since the version in If-Match (another device wrote it), or If-Match names no version of it; nothing was written", content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "stale", value = ProgressExamples.STALE)))
    @APIResponse(responseCode = "422", description = "No such item in the module")
    public Uni<Response> mark(@Parameter(description = "me, or the caller's own id") @PathParam("learner") String learner,
            @PathParam("moduleId") String moduleId, @PathParam("itemId") String itemId,
            @Parameter(description = "the ETag of the item state the change was made on, such as \"3\"; leave out to write whatever is stored") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "`return=minimal` for 204 without a body", schema = @Schema(enumeration = {
                    "return=minimal", "return=representation" })) @HeaderParam(PREFER) String prefer,
            @Valid @NotNull ItemUpdate update) {
        OptionalLong required = ItemVersion.required(ifMatch);
        return progress.mark(learners.resolve(learner), moduleId, itemId, update, required).map(state -> {
            if (ReturnPreference.minimal(prefer)) {
                return Response.noContent().header(HttpHeaders.ETAG, state.etag())
                        .header(PREFERENCE_APPLIED, ReturnPreference.MINIMAL).build();
            }
            return Response.ok(state, MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, state.etag()).build();
        });
    }

    @GET
    @Path("/modules/{moduleId}/items/{itemId}")
    @Operation(operationId = "getItemState", summary = "The learner's state of one item, with its version as the ETag to send in If-Match")
    @APIResponse(responseCode = "200", description = "The item's state and the module's totals", headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemState.class), examples = @ExampleObject(name = "first step done", value = ProgressExamples.ITEM_STATE)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such module in the curriculum, or no such item in it")
    public Uni<Response> item(@PathParam("learner") String learner, @PathParam("moduleId") String moduleId,
            @PathParam("itemId") String itemId,
            @Parameter(description = "an ETag read before: 304 while the item state is still at it") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return progress.item(learners.resolve(learner), moduleId, itemId)
                .map(state -> cached.versioned(state, state.etag(), ifNoneMatch));
    }

    @GET
    @Path("/modules/{moduleId}/progress")
    @Operation(operationId = "getModuleProgress", summary = "Progress through one module: items, percent, time against the estimate, next item")
    @APIResponse(responseCode = "200", description = "The module progress; ETag for conditional reads", headers = @Header(name = HttpHeaders.ETAG, description = PROGRESS_ETAG, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModuleProgress.class), examples = @ExampleObject(name = "module-9", value = ProgressExamples.PROGRESS)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such module in the curriculum")
    public Uni<Response> module(@PathParam("learner") String learner, @PathParam("moduleId") String moduleId,
            @Parameter(description = IF_NONE_MATCH) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return progress.moduleProgress(learners.resolve(learner), moduleId)
                .map(found -> cached.of(found, ifNoneMatch, CachedResponses.PRIVATE));
    }

    @GET
    @Path("/progress")
    @Operation(operationId = "getProgress", summary = "Progress through every module of the curriculum")
    @APIResponse(responseCode = "200", description = "One entry per module; ETag for conditional reads", headers = @Header(name = HttpHeaders.ETAG, description = PROGRESS_ETAG, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ModuleProgress.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    public Uni<Response> all(@PathParam("learner") String learner,
            @Parameter(description = IF_NONE_MATCH) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return progress.allModules(learners.resolve(learner))
                .map(found -> cached.of(found, ifNoneMatch, CachedResponses.PRIVATE));
    }
}
