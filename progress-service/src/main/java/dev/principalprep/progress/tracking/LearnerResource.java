package dev.principalprep.progress.tracking;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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

    private final ProgressService progress;
    private final CurrentLearner learners;

    public LearnerResource(ProgressService progress, CurrentLearner learners) {
        this.progress = progress;
        this.learners = learners;
    }

    @PUT
    @Path("/modules/{moduleId}/items/{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "markItem", summary = "Set the learner's state of an item (idempotent: completing twice counts once)")
    @APIResponse(responseCode = "200", description = "The module progress after the change", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModuleProgress.class), examples = @ExampleObject(name = "first step done", value = ProgressExamples.PROGRESS)))
    @APIResponse(responseCode = "400", description = "No status, an unknown status, minutes out of 0..6,000 or not a whole number, minutesAdded out of 1..600, both minutesSpent and minutesAdded")
    @APIResponse(responseCode = "404", description = "No such module in the curriculum")
    @APIResponse(responseCode = "422", description = "No such item in the module")
    public Uni<ModuleProgress> mark(@Parameter(description = "me, or the caller's own id") @PathParam("learner") String learner,
            @PathParam("moduleId") String moduleId, @PathParam("itemId") String itemId,
            @Valid @NotNull ItemUpdate update) {
        return progress.mark(learners.resolve(learner), moduleId, itemId, update);
    }

    @GET
    @Path("/modules/{moduleId}/progress")
    @Operation(operationId = "getModuleProgress", summary = "Progress through one module: items, percent, time against the estimate, next item")
    @APIResponse(responseCode = "200", description = "The module progress", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModuleProgress.class), examples = @ExampleObject(name = "module-9", value = ProgressExamples.PROGRESS)))
    @APIResponse(responseCode = "404", description = "No such module in the curriculum")
    public Uni<ModuleProgress> module(@PathParam("learner") String learner, @PathParam("moduleId") String moduleId) {
        return progress.moduleProgress(learners.resolve(learner), moduleId);
    }

    @GET
    @Path("/progress")
    @Operation(operationId = "getProgress", summary = "Progress through every module of the curriculum")
    @APIResponse(responseCode = "200", description = "One entry per module", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ModuleProgress.class)))
    public Uni<List<ModuleProgress>> all(@PathParam("learner") String learner) {
        return progress.allModules(learners.resolve(learner));
    }
}
