package dev.principalprep.cost.projection;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Month-by-month volume, request rates and monthly cost over the horizon. */
@Schema(name = "Projection")
public record Projection(@Schema(description = "the name of the price catalog used") String catalog,
        @Schema(description = "the version of the price catalog used") int catalogVersion,
        @Schema(description = "the factor each month multiplies volumes by (1.05 is +5%)") BigDecimal monthlyGrowthFactor,
        @Schema(description = "one entry per month projected, from month 1") List<Month> months,
        @Schema(description = "low end of the cost over all the months, in USD") BigDecimal horizonCostLow,
        @Schema(description = "high end of the cost over all the months, in USD") BigDecimal horizonCostHigh,
        @Schema(description = "what the projection assumes, in words: the monthly growth, what is deleted, the catalog") List<String> assumptions) {

    /** One month of the projection. */
    @Schema(name = "ProjectedMonth")
    public record Month(@Schema(description = "the month, from 1") int month,
            @Schema(description = "data ingested that month, in TB") BigDecimal ingestTb,
            @Schema(description = "data stored at the end of the month, in TB") BigDecimal storedTb,
            @Schema(description = "whether the month is past the retention period, so the oldest data (today's included) is deleted") boolean retentionCapped,
            @Schema(description = "average queries per second that month; null without traffic", nullable = true) BigDecimal averageQps,
            @Schema(description = "peak queries per second that month; null without traffic", nullable = true) BigDecimal peakQps,
            @Schema(description = "low end of the month's cost, in USD per month") BigDecimal costLow,
            @Schema(description = "high end of the month's cost, in USD per month") BigDecimal costHigh) {
    }
}
