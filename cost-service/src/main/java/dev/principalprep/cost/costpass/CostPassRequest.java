package dev.principalprep.cost.costpass;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.principalprep.cost.estimate.Workload;
import dev.principalprep.cost.pricing.PriceRate.Component;

/**
 * A candidate's own cost pass, as said in an interview: the workload they were given (a practice prompt's id, or the
 * workload itself), and per component their quantity with its unit, their rate, their monthly figure; then their total
 * and the component they say dominates. A range is said as a figure and a high end.
 */
@Schema(name = "CostPassRequest")
public record CostPassRequest(
        @Schema(description = "a prompt id from GET /api/v1/cost-passes/prompts; or give the workload", example = "module-9-example") @Pattern(regexp = "[a-z0-9-]{1,64}") String promptId,
        @Schema(description = "the workload the pass is for, when not a prompt") @Valid Workload workload,
        @Schema(description = "the lines said, at most one per component (up to 12)") @NotNull @Size(max = 12) List<@Valid @NotNull SaidLine> lines,
        @Schema(description = "the monthly total said, USD (the low end of a range)", example = "27300") @NotNull @DecimalMin("0") @DecimalMax(SaidLine.MAX_USD) BigDecimal total,
        @Schema(description = "the high end, when the total was said as a range", example = "42300") @DecimalMin("0") @DecimalMax(SaidLine.MAX_USD) BigDecimal totalHigh,
        @Schema(description = "the component said to dominate the cost", example = "COMPUTE") Component dominant) {

    /** The units a quantity or a rate can be said in. */
    public enum Unit {
        GB,
        TB,
        PB
    }

    /** One component as said: quantity × rate = monthly figure. */
    @Schema(name = "SaidLine")
    public record SaidLine(
            @Schema(description = "the component the line prices") @NotNull Component component,
            @Schema(description = "the quantity said (TB stored, TB processed, GB retained, TB queried)", example = "100") @DecimalMin("0") @DecimalMax("1000000000") BigDecimal quantity,
            @Schema(description = "the unit of the quantity", example = "TB") Unit unit,
            @Schema(description = "USD per rateUnit for the month (the low end of a range)", example = "23") @DecimalMin("0") @DecimalMax("1000000") BigDecimal rate,
            @Schema(description = "the high end, when the rate was said as a range") @DecimalMin("0") @DecimalMax("1000000") BigDecimal rateHigh,
            @Schema(description = "what the rate is per; the quantity's unit when omitted", example = "TB") Unit rateUnit,
            @Schema(description = "the monthly figure said, USD (the low end of a range)", example = "2300") @NotNull @DecimalMin("0") @DecimalMax(MAX_USD) BigDecimal monthly,
            @Schema(description = "the high end, when the figure was said as a range") @DecimalMin("0") @DecimalMax(MAX_USD) BigDecimal monthlyHigh) {

        static final String MAX_USD = "1000000000000";
    }
}
