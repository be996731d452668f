package dev.principalprep.cost.estimate;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.principalprep.paging.Paged;

/** A saved estimate with its workload and its full answer. */
@Schema(name = "Estimate")
public record EstimateView(UUID id, String name, String preset, OffsetDateTime createdAt, Workload workload,
        Estimate result) {

    /** A saved estimate in a list. */
    @Schema(name = "EstimateSummary")
    public record Summary(UUID id, String name, String catalog,
            @Schema(description = "the version of the price catalog used") int catalogVersion,
            @Schema(description = "low end of the total, in USD per month") BigDecimal totalLow,
            @Schema(description = "high end of the total, in USD per month") BigDecimal totalHigh, OffsetDateTime createdAt) {
    }

    /** One page of summaries. */
    @Schema(name = "EstimatePage")
    public record Page(List<Summary> items, @Schema(description = "this page's number, from 0") int page,
            @Schema(description = "the most estimates a page holds") int size,
            @Schema(description = "how many estimates there are in all") long total) implements Paged {
    }
}
