package dev.principalprep.gateway.learnerdata;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

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
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.principalprep.problems.LearnerAccess;
import dev.principalprep.problems.Problem;
import dev.principalprep.problems.ProblemKind;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/** Everything the platform holds about a learner, from every service, as one JSON document. */
@Path("/api/v1/learners/{learner}/export")
@Tag(name = "Learner data", description = "Export and erasure of everything the platform holds about a learner")
@SecurityRequirement(name = "bearer")
@Authenticated
public class LearnerExportResource {

    /** How long a client should wait before asking again when a service did not give its part. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final LearnerExportService exports;
    private final JsonWebToken jwt;

    public LearnerExportResource(LearnerExportService exports, JsonWebToken jwt) {
        this.exports = exports;
        this.jwt = jwt;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "exportLearnerData", summary = "Everything the platform holds about a learner, from every service, as one document", description = """
            Your own data (me, with a learner token), or any learner's for an ld-admin. Each service that holds \
            learner data gives its part, under services.<service>: progress (profile and cohort groups, named \
            cohorts, item progress, cost practice, STAR stories, skill assessments and hours, mock interviews, \
            review cards and log, and the learner's xAPI statements) and cost (saved estimates and graded cost \
            passes, whole). content-service holds no learner data (its drafts name authors only). All or nothing: \
            if a service does not answer, the answer is 503 naming it, never a partial export. Each export is \
            audited by progress-service (who, whose, when; never the data).""")
    @APIResponse(responseCode = "200", description = "The export", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, description = "learnerId, exportedAt, and services: each service's part under its name (progress, cost)"), examples = @ExampleObject(name = "a learner with one estimate", value = """
            {"learnerId": "learner-1", "exportedAt": "2026-11-28T07:00:00Z",
             "services": {
               "progress": {"learnerId": "learner-1", "exportedAt": "2026-11-28T07:00:00Z",
                            "profile": [{"groups": [], "lastSeenAt": "2026-11-28T06:59:00Z"}], "namedCohorts": [],
                            "itemProgress": [{"moduleId": "module-9", "itemId": "clarify-requirements", "status": "COMPLETED",
                                              "minutesSpent": 25, "completedAt": "2026-11-28T06:59:00Z", "updatedAt": "2026-11-28T06:59:00Z"}],
                            "costPractice": [{"estimateId": "0b6f3c1e-8d0a-4c57-9a43-1f0e6f1d2a10", "createdAt": "2026-11-28T06:58:00Z"}],
                            "stories": [], "skillAssessments": [], "skillHours": [], "mockInterviews": [],
                            "reviewCards": [], "reviewLog": [], "xapiStatements": []},
               "cost": {"learnerId": "learner-1", "estimates": [{"id": "0b6f3c1e-8d0a-4c57-9a43-1f0e6f1d2a10",
                        "name": "Module 9 example", "preset": "module-9-example", "createdAt": "2026-11-28T06:58:00Z"}],
                        "costPasses": []}}}""")))
    @APIResponse(responseCode = "400", description = "A learner id longer than 128 characters", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Another learner's data without the ld-admin role; your own without the learner role; an integration token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "A service that holds learner data did not give its part; retry after the Retry-After seconds", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<ObjectNode> export(
            @Parameter(description = "me, or a learner's id (ld-admin)") @PathParam("learner") String learner,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        LearnerAccess.Target target = LearnerAccess.resolve(learner, jwt.getSubject(), jwt.getGroups());
        return exports.export(target.learner(), target.pathSegment(), authorization);
    }

    @ServerExceptionMapper
    public Response partMissing(LearnerExportService.PartMissing missing, UriInfo uri) {
        return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", RETRY_AFTER_SECONDS)
                .entity(Problem.of(ProblemKind.SERVICE_UNAVAILABLE, missing.getMessage(), uri.getPath())).build();
    }
}
