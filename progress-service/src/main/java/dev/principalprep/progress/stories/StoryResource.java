package dev.principalprep.progress.stories;

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

/** A learner's STAR story bank, private to them. */
@Path("/api/v1/learners/{learner}/stories")
@Tag(name = "Stories", description = "The STAR story bank, checked against the module's principal-level traits")
@SecurityRequirement(name = "bearer")
@RolesAllowed("learner")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Another learner's stories, or a token without the learner role (integration and ld-admin tokens never write learner data)")
public class StoryResource {

    private final StoryService stories;
    private final CurrentLearner learners;

    public StoryResource(StoryService stories, CurrentLearner learners) {
        this.stories = stories;
        this.learners = learners;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addStory", summary = "Add a story to the bank")
    @APIResponse(responseCode = "201", description = "The story", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryViews.Story.class)))
    @APIResponse(responseCode = "400", description = "A missing part, a part over 4,000 characters, an unknown theme")
    @APIResponse(responseCode = "422", description = "The bank already holds 50 stories")
    public Uni<RestResponse<StoryViews.Story>> add(@PathParam("learner") String learner, @Valid @NotNull StoryRequest story) {
        return stories.create(learners.resolve(learner), story)
                .map(created -> RestResponse.ResponseBuilder.<StoryViews.Story> created(
                        URI.create("/api/v1/learners/me/stories/" + created.id())).entity(created).build());
    }

    @GET
    @Operation(operationId = "listStories", summary = "The bank, against the module's target of 5 to 7 stories")
    @APIResponse(responseCode = "200", description = "The stories and the target", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryViews.Bank.class), examples = @ExampleObject(name = "two stories", value = """
            {"stories": [], "count": 2, "targetMin": 5, "targetMax": 7, "target": "3 more to reach the module's 5 to 7"}""")))
    public Uni<StoryViews.Bank> list(@PathParam("learner") String learner) {
        return stories.bank(learners.resolve(learner));
    }

    @GET
    @Path("/coverage")
    @Operation(operationId = "storyCoverage", summary = "Which of the module's five leadership questions have a story that fits")
    @APIResponse(responseCode = "200", description = "Each question with its stories", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryViews.Coverage.class)))
    public Uni<StoryViews.Coverage> coverage(@PathParam("learner") String learner) {
        return stories.coverage(learners.resolve(learner));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getStory", summary = "One story")
    @APIResponse(responseCode = "200", description = "The story", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryViews.Story.class)))
    @APIResponse(responseCode = "404", description = "No such story of the caller's")
    public Uni<StoryViews.Story> get(@PathParam("learner") String learner, @PathParam("id") UUID id) {
        return stories.get(learners.resolve(learner), id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "editStory", summary = "Rewrite a story")
    @APIResponse(responseCode = "200", description = "The story", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryViews.Story.class)))
    @APIResponse(responseCode = "400", description = "A missing part, a part over 4,000 characters, an unknown theme")
    @APIResponse(responseCode = "404", description = "No such story of the caller's")
    public Uni<StoryViews.Story> edit(@PathParam("learner") String learner, @PathParam("id") UUID id,
            @Valid @NotNull StoryRequest story) {
        return stories.update(learners.resolve(learner), id, story);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteStory", summary = "Delete a story")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such story of the caller's")
    public Uni<Void> delete(@PathParam("learner") String learner, @PathParam("id") UUID id) {
        return stories.delete(learners.resolve(learner), id);
    }

    @GET
    @Path("/{id}/check")
    @Operation(operationId = "checkStory", summary = "How the story meets the principal-level traits, STAR structure and credibility, point by point", description = """
            Deterministic rules read clause by clause: a trait counts only in a clause that acts (has a verb) and is \
            neither negated ("did not", "never") nor hedged ("tried to", "helped someone who"); leadership needs the \
            first person owning the act ("I led", "I convinced"); business impact needs a change with a direction and \
            a number that is not zero; the task states an aim, the action an act, the result an outcome; a list of \
            trait terms, or trait terms over 25% of the words, is stuffing. The length rule: 50 to 450 words, 450 being \
            three minutes spoken at 150 words a minute.""")
    @APIResponse(responseCode = "200", description = "Each rule met or not, quoting the words or saying what is missing", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryCheck.class), examples = @ExampleObject(name = "module example", value = """
            {"findings": [{"rule": "LEADERSHIP", "kind": "TRAIT", "met": true, "evidence": "\\"I led a cross-team initiative to:\\""},
                          {"rule": "BUSINESS_IMPACT", "kind": "TRAIT", "met": true, "evidence": "\\"Reduced monthly costs by 55% ($275K savings) while improving query…\\""},
                          {"rule": "OWNED_CLAIMS", "kind": "CREDIBILITY", "met": true, "evidence": "no action or result is negated (did not, never) or hedged (tried to, helped someone who)"}],
             "traitsMet": 5, "traitsTotal": 5, "structureMet": 8, "structureTotal": 8, "credibilityMet": 2, "credibilityTotal": 2}""")))
    @APIResponse(responseCode = "404", description = "No such story of the caller's")
    public Uni<StoryCheck> check(@PathParam("learner") String learner, @PathParam("id") UUID id) {
        return stories.check(learners.resolve(learner), id);
    }
}
