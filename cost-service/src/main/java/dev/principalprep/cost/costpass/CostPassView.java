package dev.principalprep.cost.costpass;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.principalprep.cost.estimate.Estimate;

/** A graded cost pass: the grade line by line, and the reference estimate it was graded against. */
@Schema(name = "CostPass")
public record CostPassView(UUID id, String promptId, OffsetDateTime gradedAt, Grading grading, Estimate reference) {

    /** A graded pass in a list. */
    @Schema(name = "CostPassSummary")
    public record Summary(UUID id, String promptId, int score, OffsetDateTime gradedAt) {
    }

    /** One page of summaries, newest first. */
    @Schema(name = "CostPassPage")
    public record Page(List<Summary> items, int page, int size, long total) {
    }
}
