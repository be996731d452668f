package dev.principalprep.cost.costpass;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.principalprep.cost.pricing.PriceRate.Component;

/** The grade of a cost pass, line by line: per component, the total, the dominant component, and the score. */
@Schema(name = "CostPassGrading")
public record Grading(@Schema(description = "0 to 100", example = "100") int score, List<ComponentGrade> components,
        TotalGrade total, DominantGrade dominant) {

    /** One component: the reference range, what was said, the verdict, the points and why. */
    @Schema(name = "ComponentGrade")
    public record ComponentGrade(Component component, Verdict verdict,
            @Schema(description = "USD a month; null for a component the reference does not price") BigDecimal referenceLow,
            @Schema(description = "high end of the reference estimate's component, in USD per month") BigDecimal referenceHigh,
            @Schema(description = "USD a month as said; null for a missing component") BigDecimal saidLow,
            @Schema(description = "high end the learner said for the component, in USD per month") BigDecimal saidHigh,
            @Schema(description = "how many times off the range the said figure is (1 inside it); null when there is no finite ratio") BigDecimal offBy,
            @Schema(description = "points earned; negative for an unneeded component") BigDecimal points,
            String explanation) {
    }

    /** The total said against the reference total, and against the sum of the lines said. */
    @Schema(name = "TotalGrade")
    public record TotalGrade(Verdict verdict,
            @Schema(description = "low end of the reference total, in USD per month") BigDecimal referenceLow,
            @Schema(description = "high end of the reference total, in USD per month") BigDecimal referenceHigh,
            @Schema(description = "low end of the total the learner said, in USD per month") BigDecimal saidLow,
            @Schema(description = "high end of the total the learner said, in USD per month") BigDecimal saidHigh,
            @Schema(description = "how many times the said total is off the reference range (1 is within it)") BigDecimal offBy,
            @Schema(description = "points earned for the total, 0 to 10") int points, String explanation) {
    }

    /** Whether the component named as dominant is the reference's. */
    @Schema(name = "DominantGrade")
    public record DominantGrade(Component reference, Component said, boolean correct,
            @Schema(description = "points earned for naming the largest component, 0 or 10") int points, String explanation) {
    }
}
