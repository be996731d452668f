package dev.principalprep.progress.privacy;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.principalprep.problems.LearnerAccess;
import io.smallrye.mutiny.Uni;

/**
 * A learner's data in progress-service, exported and erased, and the platform's erasure requests: the learner's own
 * ({@code me}), or any learner's for an ld-admin.
 */
@Path("/api/v1/learners/{learner}")
@Tag(name = "Learner data", description = "Export and erasure of everything the platform holds about a learner")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ LearnerAccess.LEARNER, LearnerAccess.LD_ADMIN })
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "A learner id longer than 128 characters, an erasure id that is not a UUID", content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "403", description = "Another learner's data without the ld-admin role; your own without the learner role; an integration token", content = @Content(mediaType = "application/problem+json"))
public class LearnerDataResource {

    private static final String STATUS_EXAMPLE = """
            {"erasureId": "3f1c2d4e-0000-4000-8000-000000000005", "status": "PENDING",
             "requestedAt": "2026-11-28T07:00:00Z", "requestedBy": "self", "completedAt": null,
             "services": [{"service": "cost-service", "status": "PENDING", "completedAt": null},
                          {"service": "progress-service", "status": "COMPLETED", "completedAt": "2026-11-28T07:00:00Z"}]}""";

    private final LearnerDataService learnerData;
    private final JsonWebToken jwt;

    public LearnerDataResource(LearnerDataService learnerData, JsonWebToken jwt) {
        this.learnerData = learnerData;
        this.jwt = jwt;
    }

    @GET
    @Path("/export")
    @Operation(operationId = "exportProgressLearnerData", summary = "progress-service's part of a learner's export", description = """
            Every row progress-service holds about the learner, by table (column names in camelCase), and their xAPI \
            statements as served. Each call is audited (who, whose, when). The gateway answers this path itself with \
            the export of every service; this is the part it asks of progress-service.""")
    @APIResponse(responseCode = "200", description = "The learner's data here", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, description = "learnerId, exportedAt, then one array of rows per part: profile, namedCohorts, itemProgress, costPractice, stories, skillAssessments, skillHours, mockInterviews, reviewCards, reviewLog, xapiStatements"), examples = @ExampleObject(name = "one story", value = """
            {"learnerId": "learner-1", "exportedAt": "2026-11-28T07:00:00Z", "profile": [{"groups": ["data-eng"], "lastSeenAt": "2026-11-28T06:59:00Z"}],
             "namedCohorts": [], "itemProgress": [], "costPractice": [],
             "stories": [{"id": "3f1c2d4e-0000-4000-8000-000000000001", "title": "Cut warehouse cost", "situation": "…", "task": "…", "action": "…", "result": "…", "themes": "COST_SAVINGS", "createdAt": "2026-11-28T06:59:00Z", "updatedAt": "2026-11-28T06:59:00Z"}],
             "skillAssessments": [], "skillHours": [], "mockInterviews": [], "reviewCards": [], "reviewLog": [],
             "xapiStatements": []}""")))
    public Uni<ObjectNode> export(@PathParam("learner") String learner) {
        LearnerAccess.Target target = target(learner);
        return learnerData.export(target.learner(), target.actor());
    }

    @DELETE
    @Operation(operationId = "eraseLearner", summary = "Erase everything the platform holds about a learner", description = """
            progress-service deletes the learner's rows at once and anonymises their xAPI statements (they are not \
            voided): each keeps its id, verb, object, result and times, and its actor becomes an account named \
            erased:<random UUID>, the same for all of this learner's statements and tied to nothing kept, so \
            cohort-level figures stay true while no statement names the learner. A LearnerErased event asks every \
            other service to erase its part; the answer's Location shows when each is done. A fact from before the \
            erasure that arrives after it (an estimate's event still on its way) is dropped, never applied. \
            Repeating the request is harmless: it finds nothing left.""")
    @APIResponse(responseCode = "202", description = "Erased here; the other services are on it", headers = @Header(name = "Location", description = "GET it to see each service's status", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErasureStatus.class), examples = @ExampleObject(name = "pending", value = STATUS_EXAMPLE)))
    public Uni<RestResponse<ErasureStatus>> erase(@PathParam("learner") String learner) {
        LearnerAccess.Target target = target(learner);
        return learnerData.erase(target.learner(), target.actor())
                .map(status -> RestResponse.ResponseBuilder.<ErasureStatus> accepted()
                        .location(URI.create("/api/v1/learners/" + target.pathSegment() + "/erasures/" + status.erasureId()))
                        .entity(status).build());
    }

    @GET
    @Path("/erasures/{erasureId}")
    @Operation(operationId = "getErasure", summary = "Where an erasure stands, service by service")
    @APIResponse(responseCode = "200", description = "The erasure", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErasureStatus.class), examples = @ExampleObject(name = "pending", value = STATUS_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such erasure of this learner", content = @Content(mediaType = "application/problem+json"))
    public Uni<ErasureStatus> status(@PathParam("learner") String learner,
            @Parameter(description = "the id the erasure's 202 answered") @PathParam("erasureId") UUID erasureId) {
        return learnerData.status(erasureId, target(learner).learner());
    }

    private LearnerAccess.Target target(String learner) {
        return LearnerAccess.resolve(learner, jwt.getSubject(), jwt.getGroups());
    }
}
