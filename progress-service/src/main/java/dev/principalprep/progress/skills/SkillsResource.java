package dev.principalprep.progress.skills;

import java.net.URI;

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

/** The skills gap: self-assessments against a module's 2026 matrix and the study plan. */
@Path("/api/v1/learners/{learner}/modules/{moduleId}/skills")
@Tag(name = "Skills gap", description = "Self-assessment against the 2026 skills matrix, and a study plan")
@SecurityRequirement(name = "bearer")
@RolesAllowed("learner")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Another learner's assessments, or a token without the learner role (integration and ld-admin tokens never write learner data)")
@APIResponse(responseCode = "404", description = "No such module in the curriculum")
public class SkillsResource {

    private final SkillsService skills;
    private final CurrentLearner learners;

    public SkillsResource(SkillsService skills, CurrentLearner learners) {
        this.skills = skills;
        this.learners = learners;
    }

    @POST
    @Path("/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordAssessment", summary = "Record a level from 0 to 4 for every skill of the matrix and every skill to acquire it lacks; answers the study plan", description = """
            The skills to assess are the module's 2026 matrix (8 skills) and the skills to acquire the matrix does not \
            hold (advanced streaming, performance tuning, cross-cloud, edge computing, quantum). Levels: 0 None, \
            1 Aware, 2 Working, 3 Proficient, 4 Expert (their meanings come with the plan).""")
    @APIResponse(responseCode = "201", description = "The plan", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SkillsPlan.class), examples = @ExampleObject(name = "module-9", value = SkillsExamples.PLAN)))
    @APIResponse(responseCode = "400", description = "A level outside 0..4, no levels")
    @APIResponse(responseCode = "422", description = "A skill missing from the assessment, or not in the matrix")
    public Uni<RestResponse<SkillsPlan>> record(@PathParam("learner") String learner, @PathParam("moduleId") String moduleId,
            @Valid @NotNull AssessmentRequest assessment) {
        return skills.record(learners.resolve(learner), moduleId, assessment).map(plan -> RestResponse.ResponseBuilder
                .<SkillsPlan> created(URI.create("/api/v1/learners/me/modules/" + moduleId + "/skills/plan"))
                .entity(plan).build());
    }

    @GET
    @Path("/plan")
    @Operation(operationId = "getStudyPlan", summary = "The study plan from the latest assessment, in the module's priority order")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SkillsPlan.class), examples = @ExampleObject(name = "module-9", value = SkillsExamples.PLAN)))
    @APIResponse(responseCode = "404", description = "No such module, or no assessment yet")
    public Uni<SkillsPlan> plan(@PathParam("learner") String learner, @PathParam("moduleId") String moduleId) {
        return skills.latestPlan(learners.resolve(learner), moduleId);
    }

    @GET
    @Path("/assessments")
    @Operation(operationId = "listAssessments", summary = "Every assessment with each skill's change since the one before")
    @APIResponse(responseCode = "200", description = "The history", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentHistory.class)))
    public Uni<AssessmentHistory> history(@PathParam("learner") String learner, @PathParam("moduleId") String moduleId) {
        return skills.changes(learners.resolve(learner), moduleId);
    }

    @GET
    @Path("/hours")
    @Operation(operationId = "getSkillHours", summary = "The study hours per level the plan uses, and what each level means")
    @APIResponse(responseCode = "200", description = "The hours, whether they are the learner's own, the defaults", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HoursView.class), examples = @ExampleObject(name = "defaults", value = SkillsExamples.HOURS)))
    public Uni<HoursView> hours(@PathParam("learner") String learner, @PathParam("moduleId") String moduleId) {
        return skills.hours(learners.resolve(learner), moduleId);
    }

    @PUT
    @Path("/hours")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "adjustSkillHours", summary = "Set your own study hours to reach each level 1 to 4; the plan uses them from now on")
    @APIResponse(responseCode = "200", description = "The hours now used", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HoursView.class), examples = @ExampleObject(name = "adjusted", value = SkillsExamples.HOURS_ADJUSTED)))
    @APIResponse(responseCode = "400", description = "No hours, hours under 1 or over 500")
    @APIResponse(responseCode = "422", description = "A level other than 1 to 4, or one of them missing")
    public Uni<HoursView> adjustHours(@PathParam("learner") String learner, @PathParam("moduleId") String moduleId,
            @Valid @NotNull HoursRequest hours) {
        return skills.adjustHours(learners.resolve(learner), moduleId, hours);
    }

    @DELETE
    @Path("/hours")
    @Operation(operationId = "resetSkillHours", summary = "Back to the default study hours per level")
    @APIResponse(responseCode = "200", description = "The default hours", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HoursView.class), examples = @ExampleObject(name = "defaults", value = SkillsExamples.HOURS)))
    public Uni<HoursView> resetHours(@PathParam("learner") String learner, @PathParam("moduleId") String moduleId) {
        return skills.resetHours(learners.resolve(learner), moduleId);
    }
}
