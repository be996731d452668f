package dev.principalprep.progress.cohorts;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

/** Cohorts an ld-admin names, for cohort reports beside the groups learners' tokens carry. */
@Path("/api/v1/reports/cohorts")
@Tag(name = "HR/L&D integration")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "403", description = "Not an ld-admin (writes) or neither an ld-admin nor an integration (reads)", content = @Content(mediaType = "application/problem+json"))
public class NamedCohortResource {

    static final String ID = "[a-z0-9][a-z0-9-]{0,63}";
    private static final String EXAMPLE = """
            {"cohortId": "data-platform-2026", "name": "Data platform intake 2026", "learners": ["learner-1", "learner-2"],
             "updatedBy": "ld-admin-1", "updatedAt": "2026-11-27T09:00:00Z"}""";

    private final NamedCohorts cohorts;
    private final JsonWebToken jwt;

    public NamedCohortResource(NamedCohorts cohorts, JsonWebToken jwt) {
        this.cohorts = cohorts;
        this.jwt = jwt;
    }

    @GET
    @RolesAllowed({ "ld-admin", "integration" })
    @Operation(operationId = "listNamedCohorts", summary = "Every named cohort with its learners, by id")
    @APIResponse(responseCode = "200", description = "The cohorts", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NamedCohort.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY), examples = @ExampleObject(name = "one", value = "["
            + EXAMPLE + "]")))
    public Uni<List<NamedCohort>> all() {
        return cohorts.all();
    }

    @GET
    @Path("/{cohortId}")
    @RolesAllowed({ "ld-admin", "integration" })
    @Operation(operationId = "getNamedCohort", summary = "One named cohort with its learners")
    @APIResponse(responseCode = "200", description = "The cohort", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NamedCohort.class), examples = @ExampleObject(name = "one", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such cohort", content = @Content(mediaType = "application/problem+json"))
    public Uni<NamedCohort> get(@PathParam("cohortId") @Pattern(regexp = ID) String cohortId) {
        return cohorts.get(cohortId);
    }

    @PUT
    @Path("/{cohortId}")
    @RolesAllowed("ld-admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putNamedCohort", summary = "Name a cohort, or replace its name and learners (logged)", description = "The id is lower-case letters, digits and dashes, 1 to 64.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NamedCohort.class), examples = @ExampleObject(name = "one", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NamedCohort.class)))
    @APIResponse(responseCode = "400", description = "An id or a body that breaks the rules", content = @Content(mediaType = "application/problem+json"))
    public Uni<Response> put(@PathParam("cohortId") @Pattern(regexp = ID) String cohortId,
            @Valid @NotNull NamedCohort.Request request) {
        return cohorts.put(cohortId, request, jwt.getSubject()).chain(created -> cohorts.get(cohortId)
                .map(cohort -> Response.status(created ? 201 : 200).entity(cohort).build()));
    }

    @DELETE
    @Path("/{cohortId}")
    @RolesAllowed("ld-admin")
    @Operation(operationId = "deleteNamedCohort", summary = "Forget a named cohort (logged); its learners' data stays")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such cohort", content = @Content(mediaType = "application/problem+json"))
    public Uni<Void> delete(@PathParam("cohortId") @Pattern(regexp = ID) String cohortId) {
        return cohorts.delete(cohortId, jwt.getSubject());
    }
}
