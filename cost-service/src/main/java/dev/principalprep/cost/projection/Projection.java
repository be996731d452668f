package dev.principalprep.cost.projection;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Month-by-month volume, request rates and monthly cost over the horizon. */
@Schema(name = "Projection")
public record Projection(String catalog, int catalogVersion, BigDecimal monthlyGrowthFactor, List<Month> months,
        BigDecimal horizonCostLow, BigDecimal horizonCostHigh, List<String> assumptions) {

    /** One month of the projection. */
    @Schema(name = "ProjectedMonth")
    public record Month(int month, BigDecimal ingestTb, BigDecimal storedTb, boolean retentionCapped,
            BigDecimal averageQps, BigDecimal peakQps, BigDecimal costLow, BigDecimal costHigh) {
    }
}
