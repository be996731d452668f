package dev.principalprep.progress.review;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A review of one card: how well it was recalled, 0 (blackout) to 5 (perfect), as SM-2 grades; or, for a cost card,
 * the figure itself, which grades the review by whether it falls in the module's range.
 */
@Schema(name = "ReviewRequest", example = """
        {"grade": 4}""")
public record ReviewRequest(
        @Schema(description = "0 no recall, 1 wrong but familiar, 2 wrong but easy once seen, 3 right with effort, 4 right after a pause, 5 right at once") @Min(Sm2.MIN_GRADE) @Max(Sm2.MAX_GRADE) Integer grade,
        @Schema(description = "for a cost card: the figure, in the card's unit ($ a month, %)", example = "10000") @DecimalMin("0") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 2) BigDecimal answer) {
}
