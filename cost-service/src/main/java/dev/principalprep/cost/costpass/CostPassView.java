package dev.principalprep.cost.costpass;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.principalprep.cost.estimate.Estimate;
import dev.principalprep.paging.Paged;

/** A graded cost pass: the grade line by line, and the reference estimate it was graded against. */
@Schema(name = "CostPass")
public record CostPassView(@Schema(description = "the graded pass's id, assigned when it was graded") UUID id,
        @Schema(description = "the practice prompt the pass was for; null when the request gave the workload", nullable = true) String promptId,
        @Schema(description = "when the pass was graded (ISO 8601 date-time with offset)") OffsetDateTime gradedAt,
        @Schema(description = "the grade, line by line, with the score") Grading grading,
        @Schema(description = "the reference estimate graded against: the workload priced with the latest module-9 catalog") Estimate reference) {

    /** A graded pass in a list. */
    @Schema(name = "CostPassSummary")
    public record Summary(@Schema(description = "the graded pass's id, as in /api/v1/cost-passes/{id}") UUID id,
            @Schema(description = "the practice prompt the pass was for; null when the request gave the workload", nullable = true) String promptId,
            @Schema(description = "the grade, in points from 0 to 100") int score,
            @Schema(description = "when the pass was graded (ISO 8601 date-time with offset)") OffsetDateTime gradedAt) {
    }

    /** One page of summaries, newest first. */
    @Schema(name = "CostPassPage")
    public record Page(@Schema(description = "the caller's graded passes on this page, newest first") List<Summary> items,
            @Schema(description = "this page's number, from 0") int page,
            @Schema(description = "the most passes a page holds") int size,
            @Schema(description = "how many passes there are in all") long total) implements Paged {
    }
}
