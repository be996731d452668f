package dev.principalprep.cost.estimate;

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
                    .append(" | ").append(Numbers.number(line.quantity())).append(' ').append(line.unit())
                    .append(" | ").append(escapeMarkdown(rate(line.rate())))
                    .append(" | ").append(Numbers.dollars(line.monthlyLow()))
                    .append(" | ").append(Numbers.dollars(line.monthlyHigh())).append(" |\n");
        }
        out.append("| **Total** | | | **").append(Numbers.dollars(estimate.totalLow())).append("** | **")
                .append(Numbers.dollars(estimate.totalHigh())).append("** |\n\n")
                .append("Dominant cost: ").append(estimate.dominantComponent().name().toLowerCase()).append(".\n");
        estimate.assumptions().forEach(a -> out.append("- ").append(escapeMarkdown(a)).append('\n'));
        if (!estimate.derivedQuantities().isEmpty()) {
            out.append("\n#### Derived quantities\n\n");
            estimate.derivedQuantities().forEach(f -> out.append("- ").append(escapeMarkdown(f.name())).append(": ")
                    .append(Numbers.number(f.value())).append(' ').append(f.unit()).append(" = ")
                    .append(escapeMarkdown(f.derivation())).append('\n'));
        }
        if (!estimate.notPriced().isEmpty()) {
            out.append("\n#### Not priced\n\n");
            estimate.notPriced().forEach(n -> out.append("- ").append(n.component().name().toLowerCase()).append(": ")
                    .append(escapeMarkdown(n.reason())).append("; give ")
                    .append(escapeMarkdown(String.join(" or ", n.inputs()))).append('\n'));
        }
        out.append("\n#### Sources\n\n| Rate | Price | Source | Effective |\n|---|---|---|---|\n");
        estimate.lines().stream().map(CostLine::rate).distinct().forEach(rate -> out.append("| ")
                .append(escapeMarkdown(rate.label())).append(" (").append(rate.catalog()).append(" v")
                .append(rate.catalogVersion()).append(' ').append(rate.key()).append(") | ")
                .append(escapeMarkdown(rate.price() + " per " + rate.unit())).append(" | ")
                .append(escapeMarkdown(rate.source())).append(" | ").append(rate.effectiveDate()).append(" |\n"));
        return out.toString();
    }

    public static String csv(EstimateView view) {
        StringBuilder out = new StringBuilder(
                "component,item,quantity,unit,rate_low,rate_high,rate_unit,rate_source,rate_effective_date,monthly_low,monthly_high\r\n");
        for (CostLine line : view.result().lines()) {
            out.append(Stream.of(line.component().name(), line.item(), line.quantity().toPlainString(), line.unit(),
                    line.rate().low().toPlainString(), line.rate().high().toPlainString(), line.rate().unit(),
                    line.rate().source(), String.valueOf(line.rate().effectiveDate()), line.monthlyLow().toPlainString(),
                    line.monthlyHigh().toPlainString())
                    .map(EstimateExporter::csvCell).collect(Collectors.joining(","))).append("\r\n");
        }
        out.append(Stream.of("TOTAL", "", "", "", "", "", "", "", "", view.result().totalLow().toPlainString(),
                view.result().totalHigh().toPlainString()).collect(Collectors.joining(","))).append("\r\n");
        return out.toString();
    }

    private static String rate(Rate rate) {
        return rate.price() + " per " + rate.unit() + " (" + rate.label() + ", " + rate.effectiveDate() + ")";
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
