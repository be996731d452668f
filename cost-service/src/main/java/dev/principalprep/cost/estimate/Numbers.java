package dev.principalprep.cost.estimate;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How figures are written for people: grouped digits, and dollars to the cent (more decimals only when a rate has them). */
public final class Numbers {

    // A DecimalFormat is not thread-safe, and parsing its pattern on every call showed in the write path's profile:
    // each thread keeps its own, made once.
    private static final ThreadLocal<DecimalFormat> NUMBER = ThreadLocal.withInitial(() -> format("#,##0.########"));
    private static final ThreadLocal<DecimalFormat> DOLLARS = ThreadLocal.withInitial(() -> format("$#,##0.00######"));

    private Numbers() {
    }

    /** {@code 10,000}, {@code 0.38580247}. */
    public static String number(BigDecimal value) {
        return NUMBER.get().format(value);
    }

    /** {@code $2,300.00}, {@code $0.023}. */
    public static String dollars(BigDecimal amount) {
        return DOLLARS.get().format(amount);
    }

    private static DecimalFormat format(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US));
    }
}
