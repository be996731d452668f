package dev.principalprep.cost.projection;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.principalprep.cost.estimate.EstimateRequest;
import dev.principalprep.cost.estimate.Workload;

/**
 * Framework step 2 carried forward: today's volume and rates, how fast they grow, how long data is kept, and what
 * each month's data costs. Limits: up to 60 months, growth from -100% to +1,000% per period.
 */
@Schema(name = "ProjectionRequest", example = """
        {"initialTb": 100, "ingestTbPerMonth": 10, "growth": {"percent": 5, "per": "MONTH"}, "retentionMonths": 12,
         "months": 24, "traffic": {"averageQps": 10000, "peakQps": 30000}, "scansPerMonth": 4,
         "mbScannedPerQuery": 0.4, "streamingRetentionDays": 7}""")
public record ProjectionRequest(
        @Schema(description = "TB stored today") @NotNull @DecimalMin("0") @DecimalMax("1000000") BigDecimal initialTb,
        @Schema(description = "TB ingested in the first month; it grows with growth after") @NotNull @DecimalMin("0") @DecimalMax("1000000") BigDecimal ingestTbPerMonth,
        @Schema(description = "how fast ingest and request rates grow") @NotNull @Valid Growth growth,
        @Schema(description = "months data is kept; omit to keep everything") @Min(1) @Max(600) Integer retentionMonths,
        @Schema(description = "months to project, 1 to 60") @NotNull @Min(1) @Max(60) Integer months,
        @Schema(description = "today's request rates; they grow with the data") @Valid Workload.Traffic traffic,
        @Schema(description = "full scans of the stored data per month (batch compute)") @DecimalMin("0") @DecimalMax("10000") BigDecimal scansPerMonth,
        @Schema(description = "average MB scanned per query (serving)") @DecimalMin("0") @DecimalMax("1000000") BigDecimal mbScannedPerQuery,
        @Schema(description = "days of new data the streaming platform retains") @DecimalMin("0") @DecimalMax("365") BigDecimal streamingRetentionDays,
        @Schema(description = "the price catalog each month is priced with; omitted, module-9 at its latest version") @Valid EstimateRequest.CatalogRef catalog) {

    /** Growth of ingest and request rates: percent per week or per month (week over week, month over month). */
    @Schema(name = "Growth")
    public record Growth(
            @Schema(description = "growth per period, in percent (5 means +5%; -100 to 1000)", example = "5") @NotNull @DecimalMin("-100") @DecimalMax("1000") BigDecimal percent,
            @Schema(description = "the period the percent is per: WEEK (compounded over 4.35 weeks a month) or MONTH") @NotNull Period per) {
    }

    /** The period a growth rate is given for. */
    public enum Period {
        WEEK,
        MONTH
    }
}
