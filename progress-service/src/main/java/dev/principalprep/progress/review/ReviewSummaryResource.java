package dev.principalprep.progress.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
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

import dev.principalprep.progress.security.CurrentLearner;
import io.smallrye.mutiny.Uni;

/** A learner's review across modules: streak, what is due today and in the week ahead. */
@Path("/api/v1/learners/{learner}/review")
@Tag(name = "Spaced review")
@SecurityRequirement(name = "bearer")
@RolesAllowed("learner")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Another learner's review, or a token without the learner role (integration and ld-admin tokens never write learner data)")
public class ReviewSummaryResource {

    private final ReviewService review;
    private final CurrentLearner learners;

    public ReviewSummaryResource(ReviewService review, CurrentLearner learners) {
        this.review = review;
        this.learners = learners;
    }

    @GET
    @Operation(operationId = "getReviewSummary", summary = "Streak, reviews today, cards due today and a 7-day forecast, per module and in all")
    @APIResponse(responseCode = "200", description = "The summary", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewViews.Summary.class), examples = @ExampleObject(name = "a streak of 3", value = ReviewExamples.SUMMARY)))
    public Uni<ReviewViews.Summary> summary(@PathParam("learner") String learner) {
        return review.summary(learners.resolve(learner));
    }
}
