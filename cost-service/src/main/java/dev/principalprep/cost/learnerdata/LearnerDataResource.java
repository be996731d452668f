package dev.principalprep.cost.learnerdata;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.principalprep.problems.LearnerAccess;
import io.smallrye.mutiny.Uni;

/**
 * cost-service's part of a learner's data export, asked by the gateway, which answers
 * {@code GET /api/v1/learners/{learner}/export} with every service's part.
 */
@Path("/api/v1/learners/{learner}/export")
@Tag(name = "Learner data", description = "Export and erasure of everything the platform holds about a learner")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ LearnerAccess.LEARNER, LearnerAccess.LD_ADMIN })
@Produces(MediaType.APPLICATION_JSON)
public class LearnerDataResource {

    private final LearnerDataService learnerData;
    private final JsonWebToken jwt;

    public LearnerDataResource(LearnerDataService learnerData, JsonWebToken jwt) {
        this.learnerData = learnerData;
        this.jwt = jwt;
    }

    @GET
    @Operation(operationId = "exportCostLearnerData", summary = "cost-service's part of a learner's export: every saved estimate and graded cost pass, whole")
    @APIResponse(responseCode = "200", description = "The learner's estimates and cost passes, newest first", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LearnerCostData.class), examples = @ExampleObject(name = "nothing yet", value = """
            {"learnerId": "learner-1", "estimates": [], "costPasses": []}""")))
    @APIResponse(responseCode = "400", description = "A learner id longer than 128 characters", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Another learner's data without the ld-admin role; your own without the learner role; an integration token", content = @Content(mediaType = "application/problem+json"))
    public Uni<LearnerCostData> export(@PathParam("learner") String learner) {
        return learnerData.export(LearnerAccess.resolve(learner, jwt.getSubject(), jwt.getGroups()).learner());
    }
}
