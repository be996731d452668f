package dev.principalprep.cost.estimate;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How figures are written for people: grouped digits, and dollars to the cent (more decimals only when a rate has them). */
public final class Numbers {

    private Numbers() {
    }

    /** {@code 10,000}, {@code 0.38580247}. */
    public static String number(BigDecimal value) {
        return new DecimalFormat("#,##0.########", DecimalFormatSymbols.getInstance(Locale.US)).format(value);
    }

    /** {@code $2,300.00}, {@code $0.023}. */
    public static String dollars(BigDecimal amount) {
        return new DecimalFormat("$#,##0.00######", DecimalFormatSymbols.getInstance(Locale.US)).format(amount);
    }
}
