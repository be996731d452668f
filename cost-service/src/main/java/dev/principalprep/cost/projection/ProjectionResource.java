package dev.principalprep.cost.projection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/projections")
@Tag(name = "Projections", description = "Framework step 2: volume, request rate and cost month by month")
@SecurityRequirement(name = "bearer")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectionResource {

    private final ProjectionService projections;

    public ProjectionResource(ProjectionService projections) {
        this.projections = projections;
    }

    @POST
    @Operation(operationId = "projectScale", summary = "Project data volume, request rates and monthly cost for up to 60 months")
    @APIResponse(responseCode = "200", description = "The months, retention capping what is stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Projection.class), examples = @ExampleObject(name = "12 months kept", value = """
            {"catalog": "module-9", "catalogVersion": 1, "monthlyGrowthFactor": 1.05,
             "months": [{"month": 1, "ingestTb": 10, "storedTb": 110, "retentionCapped": false,
                         "averageQps": 10000, "peakQps": 30000, "costLow": 13351.33, "costHigh": 14011.33}],
             "horizonCostLow": 13351.33, "horizonCostHigh": 14011.33}""")))
    @APIResponse(responseCode = "400", description = "More than 60 months, growth below -100%, a missing field", content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "too many months", value = """
            {"type": "about:blank", "title": "Bad Request", "status": 400,
             "violations": [{"field": "months", "in": "body", "message": "must be less than or equal to 60"}]}""")))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "422", description = "An unknown catalog, or growth that passes the volume limit")
    public Uni<Projection> project(@Valid @NotNull ProjectionRequest request) {
        return projections.project(request);
    }
}
