package dev.principalprep.progress.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.principalprep.progress.security.CurrentLearner;
import io.smallrye.mutiny.Uni;

/** Spaced review of a module's cards: the deck, the cards due, and reviews that reschedule them. */
@Path("/api/v1/learners/{learner}/modules/{moduleId}/review")
@Tag(name = "Spaced review", description = "Cards of what the module asks to know cold, scheduled by SM-2")
@SecurityRequirement(name = "bearer")
@RolesAllowed("learner")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Another learner's review, or a token without the learner role (integration and ld-admin tokens never write learner data)")
@APIResponse(responseCode = "404", description = "No such module in the curriculum")
public class ReviewResource {

    private final ReviewService review;
    private final CurrentLearner learners;

    public ReviewResource(ReviewService review, CurrentLearner learners) {
        this.review = review;
        this.learners = learners;
    }

    @GET
    @Path("/cards")
    @Operation(operationId = "getReviewDeck", summary = "Every card of the module, derived from its published version, with where each stands for you")
    @APIResponse(responseCode = "200", description = "The deck", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewViews.Deck.class), examples = @ExampleObject(name = "module-9", value = ReviewExamples.DECK)))
    public Uni<ReviewViews.Deck> deck(@PathParam("learner") String learner, @PathParam("moduleId") String moduleId) {
        return review.deck(learners.resolve(learner), moduleId);
    }

    @GET
    @Path("/due")
    @Operation(operationId = "getDueCards", summary = "The cards to review now: due ones first (oldest first), then new ones")
    @APIResponse(responseCode = "200", description = "The cards due", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewViews.Due.class), examples = @ExampleObject(name = "first session", value = ReviewExamples.DUE)))
    @APIResponse(responseCode = "400", description = "A limit outside 1 to 100")
    public Uni<ReviewViews.Due> due(@PathParam("learner") String learner, @PathParam("moduleId") String moduleId,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return review.due(learners.resolve(learner), moduleId, limit);
    }

    @POST
    @Path("/cards/{cardId}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviewCard", summary = "Answer a card: a grade 0 to 5, or for a cost card the figure; the card is rescheduled by SM-2")
    @APIResponse(responseCode = "200", description = "The grade counted and the card's next due day", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewViews.Outcome.class), examples = {
            @ExampleObject(name = "a recall card", value = ReviewExamples.OUTCOME),
            @ExampleObject(name = "a cost card answered with a figure", value = ReviewExamples.FIGURE_OUTCOME) }))
    @APIResponse(responseCode = "400", description = "A grade outside 0 to 5, a negative or oversize figure")
    @APIResponse(responseCode = "404", description = "No such module, or no such card in it")
    @APIResponse(responseCode = "422", description = "No grade; a figure for a card that asks none; a figure and a grade together")
    public Uni<ReviewViews.Outcome> answer(@PathParam("learner") String learner, @PathParam("moduleId") String moduleId,
            @PathParam("cardId") String cardId, @Valid @NotNull ReviewRequest answer) {
        return review.review(learners.resolve(learner), moduleId, cardId, answer);
    }
}
