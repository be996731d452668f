package dev.principalprep.cost.costpass;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.principalprep.cost.estimate.Estimate;
import dev.principalprep.paging.Paged;

/** A graded cost pass: the grade line by line, and the reference estimate it was graded against. */
@Schema(name = "CostPass")
public record CostPassView(UUID id, String promptId, OffsetDateTime gradedAt, Grading grading, Estimate reference) {

    /** A graded pass in a list. */
    @Schema(name = "CostPassSummary")
    public record Summary(UUID id, String promptId, @Schema(description = "the grade, in points from 0 to 100") int score,
            OffsetDateTime gradedAt) {
    }

    /** One page of summaries, newest first. */
    @Schema(name = "CostPassPage")
    public record Page(List<Summary> items, @Schema(description = "this page's number, from 0") int page,
            @Schema(description = "the most passes a page holds") int size,
            @Schema(description = "how many passes there are in all") long total) implements Paged {
    }
}
