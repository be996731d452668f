package dev.principalprep.progress.mockinterviews;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.principalprep.progress.security.CurrentLearner;
import io.smallrye.mutiny.Uni;

/** Mock interviews: the module's checklist ticked per session, self-scores per framework step, reflections, trend. */
@Path("/api/v1/learners/{learner}/modules/{moduleId}/mock-interviews")
@Tag(name = "Mock interviews", description = "Sessions with the module's checklist, self-scores and reflections")
@SecurityRequirement(name = "bearer")
@RolesAllowed("learner")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Another learner's sessions, or a token without the learner role (integration and ld-admin tokens never write learner data)")
@APIResponse(responseCode = "404", description = "No such module in the curriculum")
public class MockInterviewResource {

    private final MockInterviewService interviews;
    private final CurrentLearner learners;

    public MockInterviewResource(MockInterviewService interviews, CurrentLearner learners) {
        this.interviews = interviews;
        this.learners = learners;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "logMockInterview", summary = "Log a mock interview session")
    @APIResponse(responseCode = "201", description = "The session", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MockInterviewViews.Session.class), examples = @ExampleObject(name = "system design", value = SESSION)))
    @APIResponse(responseCode = "400", description = "No date or kind, a date not written YYYY-MM-DD (a time, another order, no such day) or in the future, a score outside 1..5, a reflection over 2,000 characters", content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "a date with a time", value = BAD_DATE)))
    @APIResponse(responseCode = "422", description = "A checklist item or step that is not the module's")
    public Uni<RestResponse<MockInterviewViews.Session>> log(@PathParam("learner") String learner,
            @PathParam("moduleId") String moduleId, @Valid @NotNull MockInterviewRequest session) {
        return interviews.log(learners.resolve(learner), moduleId, session)
                .map(logged -> RestResponse.ResponseBuilder.<MockInterviewViews.Session> created(
                        URI.create("/api/v1/learners/me/modules/" + moduleId + "/mock-interviews/" + logged.id()))
                        .entity(logged).build());
    }

    @GET
    @Operation(operationId = "listMockInterviews", summary = "The sessions, oldest first, with the trend of scores")
    @APIResponse(responseCode = "200", description = "Sessions and trend", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MockInterviewViews.History.class), examples = @ExampleObject(name = "two sessions", value = """
            {"sessions": [], "trend": [{"sessionId": "0b6f3c1e-8d0a-4c57-9a43-1f0e6f1d2a10", "heldOn": "2026-11-20",
              "averageStepScore": 3.00, "starScore": 3}], "stepChange": {"estimate-scale": 2}}""")))
    public Uni<MockInterviewViews.History> history(@PathParam("learner") String learner,
            @PathParam("moduleId") String moduleId) {
        return interviews.history(learners.resolve(learner), moduleId);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMockInterview", summary = "One session")
    @APIResponse(responseCode = "200", description = "The session", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MockInterviewViews.Session.class), examples = @ExampleObject(name = "system design", value = SESSION)))
    @APIResponse(responseCode = "404", description = "No such session of the caller's in this module")
    public Uni<MockInterviewViews.Session> get(@PathParam("learner") String learner, @PathParam("moduleId") String moduleId,
            @PathParam("id") UUID id) {
        return interviews.get(learners.resolve(learner), moduleId, id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "editMockInterview", summary = "Correct a session: the whole session as it should read")
    @APIResponse(responseCode = "200", description = "The session as corrected", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MockInterviewViews.Session.class), examples = @ExampleObject(name = "system design", value = SESSION)))
    @APIResponse(responseCode = "400", description = "As when logging: a bad date, score or reflection", content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "a date with a time", value = BAD_DATE)))
    @APIResponse(responseCode = "404", description = "No such session of the caller's in this module")
    @APIResponse(responseCode = "422", description = "A checklist item or step that is not the module's")
    public Uni<MockInterviewViews.Session> edit(@PathParam("learner") String learner, @PathParam("moduleId") String moduleId,
            @PathParam("id") UUID id, @Valid @NotNull MockInterviewRequest session) {
        return interviews.update(learners.resolve(learner), moduleId, id, session);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteMockInterview", summary = "Delete a session")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such session of the caller's in this module")
    public Uni<Void> delete(@PathParam("learner") String learner, @PathParam("moduleId") String moduleId,
            @PathParam("id") UUID id) {
        return interviews.delete(learners.resolve(learner), moduleId, id);
    }

    static final String SESSION = """
            {"id": "0b6f3c1e-8d0a-4c57-9a43-1f0e6f1d2a10", "heldOn": "2026-11-20", "kind": "SYSTEM_DESIGN",
             "checklist": ["include-cost-estimates", "practice-cost-calculations"], "checklistTotal": 17,
             "stepScores": {"clarify-requirements": 4, "estimate-scale": 3}, "starScore": null,
             "reflections": {"wentWell": "Clear requirements", "wentPoorly": "Ran out of time on the deep dive",
                             "questionsToDocument": "How to size Kafka partitions", "followUps": "Redo the cost pass"},
             "createdAt": "2026-11-20T18:02:11Z", "updatedAt": null}""";

    static final String BAD_DATE = """
            {"type": "about:blank", "title": "Constraint Violation", "status": 400,
             "violations": [{"field": "heldOn", "in": "body",
                             "message": "give the day only, without a time: YYYY-MM-DD, for example 2026-11-20"}]}""";
}
