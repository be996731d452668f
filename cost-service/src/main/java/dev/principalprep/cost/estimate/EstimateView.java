package dev.principalprep.cost.estimate;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A saved estimate with its workload and its full answer. */
@Schema(name = "Estimate")
public record EstimateView(UUID id, String name, String preset, OffsetDateTime createdAt, Workload workload,
        Estimate result) {

    /** A saved estimate in a list. */
    @Schema(name = "EstimateSummary")
    public record Summary(UUID id, String name, String catalog, int catalogVersion, BigDecimal totalLow,
            BigDecimal totalHigh, OffsetDateTime createdAt) {
    }

    /** One page of summaries. */
    @Schema(name = "EstimatePage")
    public record Page(List<Summary> items, int page, int size, long total) {
    }
}
