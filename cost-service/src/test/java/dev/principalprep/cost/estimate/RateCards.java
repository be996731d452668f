package dev.principalprep.cost.estimate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.principalprep.cost.pricing.InstanceHours;
import dev.principalprep.cost.pricing.PriceRate.Basis;
import dev.principalprep.cost.pricing.PriceRate.Component;

/** The catalogs of the first migrations, as rate cards for plain unit tests. */
public final class RateCards {

    public static final LocalDate MODULE_DATE = LocalDate.of(2026, 1, 1);
    public static final LocalDate LIST_DATE = LocalDate.of(2026, 3, 1);

    public static final RateCard MODULE_9 = card("module-9", MODULE_DATE,
            rate("storage.hot", Component.STORAGE, "TB-month", "23", "23"),
            rate("compute.batch", Component.COMPUTE, "TB processed", "0.50", "2.00"),
            rate("streaming.retained", Component.STREAMING, "GB-month", "0.10", "0.10"),
            rate("serving.scanned", Component.SERVING, "TB queried", "1.00", "1.00"),
            rate("discount.spot", Component.COMPUTE, "fraction off", "0.60", "0.80"));

    public static final RateCard LIST_PRICES = card("aws-list-2026", LIST_DATE,
            rate("storage.hot", Component.STORAGE, "TB-month", "23", "23"),
            rate("storage.warm", Component.STORAGE, "TB-month", "12.5", "12.5"),
            rate("storage.cold", Component.STORAGE, "TB-month", "4", "4"),
            rate("storage.archive", Component.STORAGE, "TB-month", "0.99", "0.99"),
            new Rate("compute.batch", "EMR on m5.xlarge (Spark)", Component.COMPUTE, "TB processed",
                    new BigDecimal("0.48"), new BigDecimal("1.92"), Basis.DERIVED, "EC2 + EMR pricing pages", null,
                    null, 0, new InstanceHours("m5.xlarge", new BigDecimal("0.24"), new BigDecimal("0.125"),
                            new BigDecimal("0.5"))),
            rate("streaming.retained", Component.STREAMING, "GB-month", "0.10", "0.10"),
            rate("serving.scanned", Component.SERVING, "TB queried", "5", "5"),
            rate("discount.commitment-3y", Component.COMPUTE, "fraction off", "0", "0.66"));

    private RateCards() {
    }

    public static RateCard card(String name, LocalDate date, Rate... rates) {
        return new RateCard(name, 1, List.of(rates).stream()
                .map(r -> new Rate(r.key(), r.label(), r.component(), r.unit(), r.low(), r.high(), r.basis(),
                        r.source(), date, name, 1, r.instanceHours()))
                .collect(Collectors.toMap(Rate::key, Function.identity())));
    }

    public static Rate rate(String key, Component component, String unit, String low, String high) {
        return new Rate(key, key, component, unit, new BigDecimal(low), new BigDecimal(high), Basis.RULE_OF_THUMB,
                "test source", null, null, 0, null);
    }
}
