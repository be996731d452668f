package dev.principalprep.cost.estimate;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a system design answer has to price, per month. Every part is optional; quantities are non-negative and
 * bounded (1 EB of storage, 1,000,000 TB processed or queried, 10,000,000 GB streamed, 100,000,000 QPS) so a typo
 * cannot produce a meaningless figure. Units: 1 TB = 1,000 GB.
 */
@Schema(name = "Workload")
public record Workload(@Valid Storage storage, @Valid Processing processing, @Valid Streaming streaming,
        @Valid Serving serving, @Valid Traffic traffic) {

    static final String MAX_TB = "1000000";

    /** This workload with each part that {@code overrides} gives put in place of this one's. */
    public Workload overriddenBy(Workload overrides) {
        if (overrides == null) {
            return this;
        }
        return new Workload(
                overrides.storage() != null ? overrides.storage() : storage,
                overrides.processing() != null ? overrides.processing() : processing,
                overrides.streaming() != null ? overrides.streaming() : streaming,
                overrides.serving() != null ? overrides.serving() : serving,
                overrides.traffic() != null ? overrides.traffic() : traffic);
    }

    /** Data at rest: a total, or split into tiers (hot, warm, cold, archive). */
    @Schema(name = "Storage")
    public record Storage(
            @Schema(description = "TB stored, all in the hot tier unless split", example = "100") @DecimalMin("0") @DecimalMax(MAX_TB) BigDecimal totalTb,
            @DecimalMin("0") @DecimalMax(MAX_TB) BigDecimal hotTb,
            @DecimalMin("0") @DecimalMax(MAX_TB) BigDecimal warmTb,
            @DecimalMin("0") @DecimalMax(MAX_TB) BigDecimal coldTb,
            @DecimalMin("0") @DecimalMax(MAX_TB) BigDecimal archiveTb) {
    }

    /** Batch compute: TB processed per month, or full scans of the stored data per month. */
    @Schema(name = "Processing")
    public record Processing(
            @Schema(example = "10000") @DecimalMin("0") @DecimalMax(MAX_TB) BigDecimal tbProcessedPerMonth,
            @Schema(description = "full scans of the stored TB per month", example = "100") @DecimalMin("0") @DecimalMax("100000") BigDecimal scansPerMonth) {
    }

    /** Data retained in the streaming platform. */
    @Schema(name = "Streaming")
    public record Streaming(
            @Schema(example = "100000") @DecimalMin("0") @DecimalMax("10000000") BigDecimal gbPerMonth) {
    }

    /** Interactive queries: TB queried per month, or average QPS times MB scanned per query. */
    @Schema(name = "Serving")
    public record Serving(
            @Schema(example = "10000") @DecimalMin("0") @DecimalMax(MAX_TB) BigDecimal tbQueriedPerMonth,
            @DecimalMin("0") @DecimalMax("100000000") BigDecimal averageQps,
            @Schema(description = "average MB scanned per query", example = "0.4") @DecimalMin("0") @DecimalMax("1000000") BigDecimal mbScannedPerQuery) {
    }

    /** Request rates: what the system is sized for (peak) and what it mostly sees (average). */
    @Schema(name = "Traffic")
    public record Traffic(
            @Schema(example = "10000") @DecimalMin("0") @DecimalMax("100000000") BigDecimal averageQps,
            @Schema(example = "30000") @DecimalMin("0") @DecimalMax("100000000") BigDecimal peakQps) {
    }
}
