package dev.principalprep.cost.estimate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.principalprep.cost.pricing.PriceRate.Component;
import dev.principalprep.problems.InvalidInput;

/**
 * The cost pass as arithmetic: each quantity {@link WorkloadDeriver} finds is priced at its rate, rounded to the cent
 * once, and the totals are the exact sums of the rounded lines. Plain Java, so it is tested without Quarkus.
 */
public final class CostCalculator {

    public Estimate estimate(Workload workload, RateCard card) {
        WorkloadDeriver.Derivation derivation = WorkloadDeriver.derive(workload);
        if (derivation.quantities().isEmpty()) {
            throw new InvalidInput("workload", "nothing to price: " + derivation.notPriced().stream()
                    .map(n -> n.component().name().toLowerCase() + " needs " + String.join(" or ", n.inputs()))
                    .collect(Collectors.joining("; ")));
        }
        List<CostLine> lines = derivation.quantities().stream().map(q -> line(q, card)).toList();
        BigDecimal low = lines.stream().map(CostLine::monthlyLow).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal high = lines.stream().map(CostLine::monthlyHigh).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (high.signum() == 0) {
            throw new InvalidInput("workload", "nothing to price: every quantity given is 0");
        }
        List<String> assumptions = new ArrayList<>(List.of(
                "Monthly figures; 1 TB = 1,000 GB = 10^12 bytes; a month is 30 days (2,592,000 s).",
                "Rates from catalog " + card.catalog() + " v" + card.version() + "."));
        if (!derivation.derived().isEmpty()) {
            assumptions.add("Derived quantities are rounded to 0.001.");
        }
        return new Estimate(card.catalog(), card.version(), lines, low, high, dominant(lines),
                SanityFigures.of(workload, derivation), assumptions, derivation.derived(), derivation.notPriced());
    }

    static CostLine line(WorkloadDeriver.Quantity quantity, RateCard card) {
        Rate rate = card.require(quantity.rateKey(), quantity.field());
        BigDecimal low = cents(quantity.value().multiply(rate.low()));
        BigDecimal high = cents(quantity.value().multiply(rate.high()));
        String formula = quantity.value().stripTrailingZeros().toPlainString() + " " + quantity.unit() + " × "
                + rate.price() + " per " + rate.unit();
        List<String> assumptions = new ArrayList<>(List.of(quantity.assumption(),
                "Rate: " + rate.citation() + ", " + rate.basis().name().toLowerCase().replace('_', ' ')));
        if (rate.instanceHours() != null) {
            assumptions.add(instanceHours(quantity.value(), rate));
        }
        return new CostLine(quantity.component(), quantity.item(), quantity.value(), quantity.unit(), rate, formula,
                low, high, assumptions);
    }

    /** The compute line in the instance-hours it stands for. */
    private static String instanceHours(BigDecimal tb, Rate rate) {
        var hours = rate.instanceHours();
        BigDecimal fewest = tb.divide(hours.tbPerHourHigh(), 0, RoundingMode.HALF_UP);
        BigDecimal most = tb.divide(hours.tbPerHourLow(), 0, RoundingMode.HALF_UP);
        return Numbers.number(tb) + " TB processed at " + Numbers.number(hours.tbPerHourLow()) + "–"
                + Numbers.number(hours.tbPerHourHigh()) + " TB per instance-hour is "
                + Numbers.number(fewest) + "–" + Numbers.number(most) + " " + hours.instanceType()
                + " instance-hours at " + Numbers.dollars(hours.hourly()) + " per instance-hour";
    }

    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** The component with the highest high end, the low end breaking ties. */
    private static Component dominant(List<CostLine> lines) {
        Comparator<Component> byHigh = Comparator.comparing(c -> sum(lines, c, CostLine::monthlyHigh));
        return Stream.of(Component.values()).max(byHigh.thenComparing(c -> sum(lines, c, CostLine::monthlyLow)))
                .orElseThrow();
    }

    private static BigDecimal sum(List<CostLine> lines, Component component,
            Function<CostLine, BigDecimal> amount) {
        return lines.stream().filter(l -> l.component() == component).map(amount).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }
}
