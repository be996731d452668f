package dev.principalprep.cost.estimate;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a system design answer has to price, per month, in the terms a candidate has: stored TB or ingest with
 * retention, scans per month, QPS and bytes per query, streaming retention. Every part is optional; what a component
 * needs and is not given is listed as not priced. Quantities are non-negative and bounded (1,000,000 TB stored,
 * processed or queried, 10,000,000 GB streamed, 100,000,000 QPS) so a typo cannot produce a meaningless figure.
 * Units: 1 TB = 1,000 GB = 10^12 bytes; a month is 30 days.
 */
@Schema(name = "Workload")
public record Workload(
        @Schema(description = "data at rest: a total, tiers, or months of ingest kept; prices storage") @Valid Storage storage,
        @Schema(description = "batch compute: TB processed or full scans per month; prices compute") @Valid Processing processing,
        @Schema(description = "data the streaming platform retains; prices streaming") @Valid Streaming streaming,
        @Schema(description = "interactive queries: TB queried per month, or MB scanned per query at the average QPS; prices serving") @Valid Serving serving,
        @Schema(description = "request rates, average and peak") @Valid Traffic traffic,
        @Schema(description = "new data arriving, from which stored TB and streamed GB can be derived") @Valid Ingest ingest) {

    static final String MAX_TB = "1000000";
    static final String MAX_GB = "10000000";
    static final String MAX_QPS = "100000000";

    /**
     * This workload with each part that {@code overrides} gives put in place of this one's. Quantities derived from a
     * part (TB processed from scans of the stored TB, GB streamed from a share of it) follow the new part.
     */
    public Workload overriddenBy(Workload overrides) {
        if (overrides == null) {
            return this;
        }
        return new Workload(
                overrides.storage() != null ? overrides.storage() : storage,
                overrides.processing() != null ? overrides.processing() : processing,
                overrides.streaming() != null ? overrides.streaming() : streaming,
                overrides.serving() != null ? overrides.serving() : serving,
                overrides.traffic() != null ? overrides.traffic() : traffic,
                overrides.ingest() != null ? overrides.ingest() : ingest);
    }

    /** Data at rest: a total, tiers (hot, warm, cold, archive), or months of ingest kept; and how fast it grows. */
    @Schema(name = "Storage")
    public record Storage(
            @Schema(description = "TB stored, all in the hot tier unless split", example = "100") @DecimalMin("0") @DecimalMax(MAX_TB) BigDecimal totalTb,
            @Schema(description = "data in the hot tier, in TB") @DecimalMin("0") @DecimalMax(MAX_TB) BigDecimal hotTb,
            @Schema(description = "data in the warm tier, in TB") @DecimalMin("0") @DecimalMax(MAX_TB) BigDecimal warmTb,
            @Schema(description = "data in the cold tier, in TB") @DecimalMin("0") @DecimalMax(MAX_TB) BigDecimal coldTb,
            @Schema(description = "data in the archive tier, in TB") @DecimalMin("0") @DecimalMax(MAX_TB) BigDecimal archiveTb,
            @Schema(description = "months of ingest kept; with ingest and no total, stored TB = ingest per month × months", example = "12") @DecimalMin("0") @DecimalMax("1200") BigDecimal retentionMonths,
            @Schema(description = "growth of the stored data, percent a month (month over month)", example = "5") @DecimalMin("-100") @DecimalMax("1000") BigDecimal growthPercentPerMonth) {

        /** Stored TB as a total, nothing else said. */
        public static Storage total(BigDecimal tb) {
            return new Storage(tb, null, null, null, null, null, null);
        }
    }

    /** New data arriving: TB a day, or events per second times bytes per event. */
    @Schema(name = "Ingest")
    public record Ingest(
            @Schema(description = "data ingested, in TB per day", example = "3.3") @DecimalMin("0") @DecimalMax("100000") BigDecimal tbPerDay,
            @Schema(description = "events ingested, per second", example = "50000") @DecimalMin("0") @DecimalMax(MAX_QPS) BigDecimal eventsPerSecond,
            @Schema(description = "size of one event, in bytes", example = "1000") @DecimalMin("0") @DecimalMax("100000000") BigDecimal bytesPerEvent) {
    }

    /** Batch compute: TB processed per month, or full scans of the stored data per month. */
    @Schema(name = "Processing")
    public record Processing(
            @Schema(description = "data processed, in TB per month", example = "10000") @DecimalMin("0") @DecimalMax(MAX_TB) BigDecimal tbProcessedPerMonth,
            @Schema(description = "full scans of the stored TB per month", example = "100") @DecimalMin("0") @DecimalMax("100000") BigDecimal scansPerMonth) {
    }

    /**
     * Data retained in the streaming platform: GB, or days of ingest retained, or a share of the stored TB (the
     * module's table keeps as much in Kafka as in S3: a share of 1).
     */
    @Schema(name = "Streaming")
    public record Streaming(
            @Schema(description = "data the streaming platform retains, in GB (priced per GB-month)", example = "100000") @DecimalMin("0") @DecimalMax(MAX_GB) BigDecimal gbPerMonth,
            @Schema(description = "days of ingest the stream retains", example = "7") @DecimalMin("0") @DecimalMax("3650") BigDecimal retentionDays,
            @Schema(description = "data retained in the stream as a multiple of the stored data, 0 to 10 (1 keeps as much as storage holds)", example = "1") @DecimalMin("0") @DecimalMax("10") BigDecimal shareOfStored) {

        /** GB retained, nothing else said. */
        public static Streaming gb(BigDecimal gb) {
            return new Streaming(gb, null, null);
        }
    }

    /** Interactive queries: TB queried per month, or average QPS times MB scanned per query. */
    @Schema(name = "Serving")
    public record Serving(
            @Schema(description = "data scanned by queries, in TB per month", example = "10000") @DecimalMin("0") @DecimalMax(MAX_TB) BigDecimal tbQueriedPerMonth,
            @Schema(description = "average QPS of this serving layer; traffic.averageQps when omitted") @DecimalMin("0") @DecimalMax(MAX_QPS) BigDecimal averageQps,
            @Schema(description = "average MB scanned per query", example = "0.4") @DecimalMin("0") @DecimalMax("1000000") BigDecimal mbScannedPerQuery) {
    }

    /** Request rates: what the system is sized for (peak) and what it mostly sees (average). */
    @Schema(name = "Traffic")
    public record Traffic(
            @Schema(description = "average queries per second", example = "10000") @DecimalMin("0") @DecimalMax(MAX_QPS) BigDecimal averageQps,
            @Schema(description = "peak queries per second", example = "30000") @DecimalMin("0") @DecimalMax(MAX_QPS) BigDecimal peakQps) {
    }
}
