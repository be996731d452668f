package dev.principalprep.problems;

import java.math.BigDecimal;

/**
 * How large and how fine a decimal input may be before any arithmetic or formatting touches it. {@code 1e-100000000}
 * is twelve characters, yet printing it takes a hundred million digits; bounds on the value alone (such as
 * {@code @DecimalMin}) do not stop that, bounds on digits do.
 */
public final class NumberBounds {

    /** Digits allowed before the decimal point and after it. */
    public static final int MAX_DIGITS = 18;
    public static final String TOO_MANY_DIGITS = "must have at most " + MAX_DIGITS + " digits before and " + MAX_DIGITS
            + " after the decimal point";

    private NumberBounds() {
    }

    public static boolean isWithin(BigDecimal value) {
        // Stripping works on the unscaled digits (at most the JSON number's length), never on the exponent.
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= MAX_DIGITS && stripped.precision() - stripped.scale() <= MAX_DIGITS;
    }
}
