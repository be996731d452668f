package dev.principalprep.cost.estimate;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An estimate as a Markdown table for interview notes, or as CSV for a spreadsheet. */
public final class EstimateExporter {

    private EstimateExporter() {
    }

    public static String markdown(EstimateView view) {
        Estimate estimate = view.result();
        StringBuilder out = new StringBuilder();
        out.append("### ").append(escapeMarkdown(view.name())).append(": monthly cost (")
                .append(estimate.catalog()).append(" v").append(estimate.catalogVersion()).append(")\n\n")
                .append("| Component | Quantity | Rate | Monthly low | Monthly high |\n")
                .append("|---|---:|---|---:|---:|\n");
        for (CostLine line : estimate.lines()) {
            out.append("| ").append(escapeMarkdown(line.item()))
                    .append(" | ").append(number(line.quantity())).append(' ').append(line.unit())
                    .append(" | ").append(escapeMarkdown(rate(line.rate())))
                    .append(" | ").append(dollars(line.monthlyLow()))
                    .append(" | ").append(dollars(line.monthlyHigh())).append(" |\n");
        }
        out.append("| **Total** | | | **").append(dollars(estimate.totalLow())).append("** | **")
                .append(dollars(estimate.totalHigh())).append("** |\n\n")
                .append("Dominant cost: ").append(estimate.dominantComponent().name().toLowerCase()).append(".\n");
        estimate.assumptions().forEach(a -> out.append("- ").append(escapeMarkdown(a)).append('\n'));
        return out.toString();
    }

    public static String csv(EstimateView view) {
        StringBuilder out = new StringBuilder(
                "component,item,quantity,unit,rate_low,rate_high,rate_unit,rate_source,monthly_low,monthly_high\r\n");
        for (CostLine line : view.result().lines()) {
            out.append(Stream.of(line.component().name(), line.item(), line.quantity().toPlainString(), line.unit(),
                    line.rate().low().toPlainString(), line.rate().high().toPlainString(), line.rate().unit(),
                    line.rate().source(), line.monthlyLow().toPlainString(), line.monthlyHigh().toPlainString())
                    .map(EstimateExporter::csvCell).collect(Collectors.joining(","))).append("\r\n");
        }
        out.append(Stream.of("TOTAL", "", "", "", "", "", "", "", view.result().totalLow().toPlainString(),
                view.result().totalHigh().toPlainString()).collect(Collectors.joining(","))).append("\r\n");
        return out.toString();
    }

    private static String rate(Rate rate) {
        String price = rate.low().compareTo(rate.high()) == 0 ? CostCalculator.money(rate.low())
                : CostCalculator.money(rate.low()) + "–" + CostCalculator.money(rate.high());
        return price + " per " + rate.unit() + " (" + rate.label() + ")";
    }

    static String dollars(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        return format.format(amount);
    }

    private static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.US));
        return format.format(value);
    }

    private static String escapeMarkdown(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("\r", " ");
    }

    /** Quotes a cell; a leading = + - @ is defused so a spreadsheet never runs it as a formula. */
    static String csvCell(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9.]+")
                ? "'" + value
                : value;
        return safe.matches("[A-Za-z0-9 ._-]*") ? safe : "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
