package dev.principalprep.cost.optimization;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the levers assume, each overridable: the module's own figure where it gives one (60% archived, from its STAR
 * example), a stated guess where it does not.
 */
public class LeverAssumptions {

    @QueryParam("archiveFraction")
    @DefaultValue("0.6")
    @DecimalMin("0")
    @DecimalMax("1")
    @Schema(description = "fraction 0 to 1 of hot data archived by lifecycle policies (module example: 0.6)", defaultValue = "0.6")
    BigDecimal archiveFraction;

    @QueryParam("warmFraction")
    @DefaultValue("0.2")
    @DecimalMin("0")
    @DecimalMax("1")
    @Schema(description = "fraction 0 to 1 of hot data moved to the warm tier", defaultValue = "0.2")
    BigDecimal warmFraction;

    @QueryParam("coldFraction")
    @DefaultValue("0.1")
    @DecimalMin("0")
    @DecimalMax("1")
    @Schema(description = "fraction 0 to 1 of hot data moved to the cold tier", defaultValue = "0.1")
    BigDecimal coldFraction;

    @QueryParam("cacheHitRatio")
    @DefaultValue("0.5")
    @DecimalMin("0")
    @DecimalMax("1")
    @Schema(description = "fraction 0 to 1 of queries answered from a cache instead of scanning", defaultValue = "0.5")
    BigDecimal cacheHitRatio;

    @QueryParam("smallFilesOverhead")
    @DefaultValue("1.5")
    @DecimalMin("1")
    @DecimalMax("100")
    @Schema(description = "factor (1 to 100) by which small files inflate compute before compaction (the module's story saw 10)", defaultValue = "1.5")
    BigDecimal smallFilesOverhead;

    public LeverAssumptions() {
    }

    public LeverAssumptions(BigDecimal archiveFraction, BigDecimal warmFraction, BigDecimal coldFraction,
            BigDecimal cacheHitRatio, BigDecimal smallFilesOverhead) {
        this.archiveFraction = archiveFraction;
        this.warmFraction = warmFraction;
        this.coldFraction = coldFraction;
        this.cacheHitRatio = cacheHitRatio;
        this.smallFilesOverhead = smallFilesOverhead;
    }

    public static LeverAssumptions defaults() {
        return new LeverAssumptions(new BigDecimal("0.6"), new BigDecimal("0.2"), new BigDecimal("0.1"),
                new BigDecimal("0.5"), new BigDecimal("1.5"));
    }
}
