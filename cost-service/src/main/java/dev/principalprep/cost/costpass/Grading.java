package dev.principalprep.cost.costpass;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.principalprep.cost.pricing.PriceRate.Component;

/** The grade of a cost pass, line by line: per component, the total, the dominant component, and the score. */
@Schema(name = "CostPassGrading")
public record Grading(@Schema(description = "the score, in points from 0 to 100", example = "100") int score,
        @Schema(description = "one grade per component the reference prices, then one per unneeded component said") List<ComponentGrade> components,
        @Schema(description = "the grade of the total said") TotalGrade total,
        @Schema(description = "the grade of the component said to dominate") DominantGrade dominant) {

    /** One component: the reference range, what was said, the verdict, the points and why. */
    @Schema(name = "ComponentGrade")
    public record ComponentGrade(@Schema(description = "the component graded") Component component,
            @Schema(description = "how the figure said compares with the reference") Verdict verdict,
            @Schema(description = "low end of the reference estimate's component, in USD per month; null for a component the reference does not price", nullable = true) BigDecimal referenceLow,
            @Schema(description = "high end of the reference estimate's component, in USD per month; null for a component the reference does not price", nullable = true) BigDecimal referenceHigh,
            @Schema(description = "low end the learner said for the component, in USD per month; null for a missing component", nullable = true) BigDecimal saidLow,
            @Schema(description = "high end the learner said for the component, in USD per month (the low end when said as one figure); null for a missing component", nullable = true) BigDecimal saidHigh,
            @Schema(description = "how many times off the range the said figure is (1 inside it); null when there is no finite ratio", nullable = true) BigDecimal offBy,
            @Schema(description = "points earned: up to 80 ÷ the number of components the reference prices; -5 for an unneeded component") BigDecimal points,
            @Schema(description = "why the verdict, in words, with the figures compared") String explanation) {
    }

    /** The total said against the reference total, and against the sum of the lines said. */
    @Schema(name = "TotalGrade")
    public record TotalGrade(
            @Schema(description = "how the total said compares with the reference total; ARITHMETIC_ERROR when the lines said do not add up to it") Verdict verdict,
            @Schema(description = "low end of the reference total, in USD per month") BigDecimal referenceLow,
            @Schema(description = "high end of the reference total, in USD per month") BigDecimal referenceHigh,
            @Schema(description = "low end of the total the learner said, in USD per month") BigDecimal saidLow,
            @Schema(description = "high end of the total the learner said, in USD per month") BigDecimal saidHigh,
            @Schema(description = "how many times the said total is off the reference range (1 when they overlap); null when there is no finite ratio", nullable = true) BigDecimal offBy,
            @Schema(description = "points earned for the total: 10 within range, 5 off by under 2×, else 0") int points,
            @Schema(description = "why the verdict, in words, with the figures compared") String explanation) {
    }

    /** Whether the component named as dominant is the reference's. */
    @Schema(name = "DominantGrade")
    public record DominantGrade(
            @Schema(description = "the component that costs the most in the reference estimate") Component reference,
            @Schema(description = "the component the learner said dominates; null when none was said", nullable = true) Component said,
            @Schema(description = "whether the learner named the reference's dominant component") boolean correct,
            @Schema(description = "points earned for naming the largest component, 0 or 10") int points,
            @Schema(description = "why, in words") String explanation) {
    }
}
