package dev.principalprep.cost.projection;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Month-by-month volume, request rates and monthly cost over the horizon. */
@Schema(name = "Projection")
public record Projection(String catalog, @Schema(description = "the version of the price catalog used") int catalogVersion,
        @Schema(description = "the factor each month multiplies volumes by (1.05 is +5%)") BigDecimal monthlyGrowthFactor,
        List<Month> months,
        @Schema(description = "low end of the cost over all the months, in USD") BigDecimal horizonCostLow,
        @Schema(description = "high end of the cost over all the months, in USD") BigDecimal horizonCostHigh,
        List<String> assumptions) {

    /** One month of the projection. */
    @Schema(name = "ProjectedMonth")
    public record Month(@Schema(description = "the month, from 1") int month,
            @Schema(description = "data ingested that month, in TB") BigDecimal ingestTb,
            @Schema(description = "data stored at the end of the month, in TB") BigDecimal storedTb, boolean retentionCapped,
            @Schema(description = "average queries per second") BigDecimal averageQps,
            @Schema(description = "peak queries per second") BigDecimal peakQps,
            @Schema(description = "low end of the month's cost, in USD per month") BigDecimal costLow,
            @Schema(description = "high end of the month's cost, in USD per month") BigDecimal costHigh) {
    }
}
