package dev.principalprep.cost.estimate;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.principalprep.paging.Paged;

/** A saved estimate with its workload and its full answer. */
@Schema(name = "Estimate")
public record EstimateView(@Schema(description = "the estimate's id, assigned when it was saved") UUID id,
        @Schema(description = "the estimate's name: as given, else the preset's title, else Estimate") String name,
        @Schema(description = "the id of the preset the workload started from; null when none", nullable = true) String preset,
        @Schema(description = "when the estimate was saved (ISO 8601 date-time with offset)") OffsetDateTime createdAt,
        @Schema(description = "the workload as priced: the preset's, with each part given in the request in its place") Workload workload,
        @Schema(description = "the estimate: lines, totals, derivations and what could not be priced") Estimate result) {

    /** A saved estimate in a list. */
    @Schema(name = "EstimateSummary")
    public record Summary(@Schema(description = "the estimate's id, as in /api/v1/estimates/{id}") UUID id,
            @Schema(description = "the estimate's name") String name,
            @Schema(description = "the name of the price catalog used") String catalog,
            @Schema(description = "the version of the price catalog used") int catalogVersion,
            @Schema(description = "low end of the total, in USD per month") BigDecimal totalLow,
            @Schema(description = "high end of the total, in USD per month") BigDecimal totalHigh,
            @Schema(description = "when the estimate was saved (ISO 8601 date-time with offset)") OffsetDateTime createdAt) {
    }

    /** One page of summaries. */
    @Schema(name = "EstimatePage")
    public record Page(@Schema(description = "the caller's saved estimates on this page, newest first") List<Summary> items,
            @Schema(description = "this page's number, from 0") int page,
            @Schema(description = "the most estimates a page holds") int size,
            @Schema(description = "how many estimates there are in all") long total) implements Paged {
    }
}
