package dev.principalprep.cost.estimate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import dev.principalprep.cost.pricing.PriceRate.Component;
import dev.principalprep.problems.InvalidInput;

/**
 * The cost pass as arithmetic: each line is quantity times rate, rounded to the cent once, and the totals are the
 * exact sums of the rounded lines. Plain Java, so it is tested without Quarkus.
 */
public final class CostCalculator {

    /** A month is taken as 30 days when converting rates per second into monthly volumes. */
    public static final BigDecimal SECONDS_PER_MONTH = BigDecimal.valueOf(30L * 24 * 3600);
    static final BigDecimal MB_PER_TB = BigDecimal.valueOf(1_000_000);
    static final BigDecimal BYTES_PER_TB = new BigDecimal("1e12");
    static final BigDecimal MAX_DERIVED_TB = new BigDecimal(Workload.MAX_TB);

    public Estimate estimate(Workload workload, RateCard card) {
        List<CostLine> lines = new ArrayList<>();
        List<String> assumptions = new ArrayList<>(List.of(
                "Monthly figures; 1 TB = 1,000 GB; a month is 30 days.",
                "Rates from catalog " + card.catalog() + " v" + card.version() + "."));
        BigDecimal storedTb = storage(workload.storage(), card, lines);
        processing(workload.processing(), storedTb, card, lines);
        streaming(workload.streaming(), card, lines);
        BigDecimal queriedTb = serving(workload.serving(), workload.traffic(), card, lines);
        if (lines.isEmpty()) {
            throw new InvalidInput("workload", "nothing to price: give storage, processing, streaming or serving");
        }
        BigDecimal low = lines.stream().map(CostLine::monthlyLow).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal high = lines.stream().map(CostLine::monthlyHigh).reduce(BigDecimal.ZERO, BigDecimal::add);
        Estimate draft = new Estimate(card.catalog(), card.version(), lines, low, high, null, List.of(), assumptions);
        return new Estimate(card.catalog(), card.version(), lines, low, high, dominant(draft),
                SanityFigures.of(workload, storedTb, queriedTb), assumptions);
    }

    private static BigDecimal storage(Workload.Storage storage, RateCard card, List<CostLine> lines) {
        if (storage == null) {
            return null;
        }
        BigDecimal split = sum(storage.hotTb(), storage.warmTb(), storage.coldTb(), storage.archiveTb());
        boolean tiered = Stream.of(storage.hotTb(), storage.warmTb(), storage.coldTb(), storage.archiveTb())
                .anyMatch(t -> t != null);
        if (!tiered) {
            if (storage.totalTb() == null) {
                throw new InvalidInput("storage", "give totalTb or the tiers hotTb, warmTb, coldTb, archiveTb");
            }
            lines.add(line(Component.STORAGE, "Storage (hot)", storage.totalTb(), "TB-month",
                    card.require(RateCard.STORAGE_HOT, "storage.totalTb"), "TB stored, all in the hot tier"));
            return storage.totalTb();
        }
        if (storage.totalTb() != null && storage.totalTb().compareTo(split) != 0) {
            throw new InvalidInput("storage.totalTb", "the tiers add up to " + split.toPlainString()
                    + " TB but totalTb is " + storage.totalTb().toPlainString());
        }
        tier(storage.hotTb(), "hot", RateCard.STORAGE_HOT, "storage.hotTb", card, lines);
        tier(storage.warmTb(), "warm", RateCard.STORAGE_WARM, "storage.warmTb", card, lines);
        tier(storage.coldTb(), "cold", RateCard.STORAGE_COLD, "storage.coldTb", card, lines);
        tier(storage.archiveTb(), "archive", RateCard.STORAGE_ARCHIVE, "storage.archiveTb", card, lines);
        return split;
    }

    private static void tier(BigDecimal tb, String name, String key, String field, RateCard card, List<CostLine> lines) {
        if (tb != null) {
            lines.add(line(Component.STORAGE, "Storage (" + name + ")", tb, "TB-month", card.require(key, field),
                    "TB stored in the " + name + " tier"));
        }
    }

    private static void processing(Workload.Processing processing, BigDecimal storedTb, RateCard card,
            List<CostLine> lines) {
        if (processing == null) {
            return;
        }
        BigDecimal tb;
        String assumption;
        if (processing.tbProcessedPerMonth() != null && processing.scansPerMonth() != null) {
            throw new InvalidInput("processing", "give tbProcessedPerMonth or scansPerMonth, not both");
        } else if (processing.tbProcessedPerMonth() != null) {
            tb = processing.tbProcessedPerMonth();
            assumption = "TB processed per month, as given";
        } else if (processing.scansPerMonth() != null) {
            if (storedTb == null) {
                throw new InvalidInput("processing.scansPerMonth", "scans per month need storage to scan");
            }
            tb = withinLimit(processing.scansPerMonth().multiply(storedTb), "processing.scansPerMonth", "TB processed");
            assumption = processing.scansPerMonth().toPlainString() + " full scans per month of "
                    + storedTb.toPlainString() + " TB stored";
        } else {
            throw new InvalidInput("processing", "give tbProcessedPerMonth or scansPerMonth");
        }
        lines.add(line(Component.COMPUTE, "Batch compute", tb, "TB processed",
                card.require(RateCard.COMPUTE_BATCH, "processing"), assumption));
    }

    private static void streaming(Workload.Streaming streaming, RateCard card, List<CostLine> lines) {
        if (streaming == null) {
            return;
        }
        if (streaming.gbPerMonth() == null) {
            throw new InvalidInput("streaming.gbPerMonth", "give the GB retained in the streaming platform");
        }
        lines.add(line(Component.STREAMING, "Streaming retention", streaming.gbPerMonth(), "GB-month",
                card.require(RateCard.STREAMING_RETAINED, "streaming.gbPerMonth"),
                "GB retained in the streaming platform per month"));
    }

    private static BigDecimal serving(Workload.Serving serving, Workload.Traffic traffic, RateCard card,
            List<CostLine> lines) {
        if (serving == null) {
            return null;
        }
        BigDecimal tb;
        String assumption;
        BigDecimal qps = serving.averageQps() != null ? serving.averageQps()
                : traffic != null ? traffic.averageQps() : null;
        if (serving.tbQueriedPerMonth() != null) {
            if (serving.mbScannedPerQuery() != null) {
                throw new InvalidInput("serving", "give tbQueriedPerMonth or mbScannedPerQuery, not both");
            }
            tb = serving.tbQueriedPerMonth();
            assumption = "TB queried per month, as given";
        } else if (serving.mbScannedPerQuery() != null) {
            if (qps == null) {
                throw new InvalidInput("serving.averageQps", "MB per query needs an average QPS");
            }
            tb = withinLimit(qps.multiply(serving.mbScannedPerQuery()).multiply(SECONDS_PER_MONTH)
                    .divide(MB_PER_TB, MathContext.DECIMAL128), "serving.mbScannedPerQuery", "TB queried");
            assumption = qps.toPlainString() + " queries per second on average × "
                    + serving.mbScannedPerQuery().toPlainString() + " MB scanned per query × 2,592,000 s per month";
        } else {
            throw new InvalidInput("serving", "give tbQueriedPerMonth, or mbScannedPerQuery with an average QPS");
        }
        lines.add(line(Component.SERVING, "Query serving", tb, "TB queried",
                card.require(RateCard.SERVING_SCANNED, "serving"), assumption));
        return tb;
    }

    /** A derived quantity obeys the same bound as one given directly. */
    private static BigDecimal withinLimit(BigDecimal tb, String field, String unit) {
        if (tb.compareTo(MAX_DERIVED_TB) > 0) {
            throw new InvalidInput(field, "implies " + tb.setScale(0, RoundingMode.HALF_UP).toPlainString() + " " + unit
                    + " per month, above the 1,000,000 TB limit");
        }
        return tb;
    }

    static CostLine line(Component component, String item, BigDecimal quantity, String unit, Rate rate,
            String assumption) {
        BigDecimal low = cents(quantity.multiply(rate.low()));
        BigDecimal high = cents(quantity.multiply(rate.high()));
        String price = rate.low().compareTo(rate.high()) == 0 ? money(rate.low())
                : money(rate.low()) + "–" + money(rate.high());
        String formula = quantity.stripTrailingZeros().toPlainString() + " " + unit + " × " + price + " per "
                + rate.unit();
        return new CostLine(component, item, quantity, unit, rate, formula, low, high,
                List.of(assumption, "Rate: " + rate.citation() + ", " + rate.basis().name().toLowerCase().replace('_', ' ')));
    }

    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    static String money(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return "$" + (plain.scale() <= 2 ? amount.setScale(2, RoundingMode.HALF_UP) : plain).toPlainString();
    }

    private static Component dominant(Estimate estimate) {
        return Stream.of(Component.values())
                .max(Comparator.comparing(estimate::componentHigh).thenComparing(estimate::componentLow))
                .orElseThrow();
    }

    private static BigDecimal sum(BigDecimal... values) {
        return Stream.of(values).filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
