package dev.principalprep.cost.estimate;

import static dev.principalprep.cost.estimate.Numbers.number;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.principalprep.cost.pricing.PriceRate.Component;
import dev.principalprep.problems.InvalidInput;

/**
 * From whatever a workload gives, the quantity each component is priced on, every derived one with its formula, and
 * the components that cannot be priced with the inputs that would price them. Given quantities are used as given;
 * derived ones are rounded to 0.001. Plain Java, so it is tested without Quarkus.
 */
public final class WorkloadDeriver {

    /** A month is taken as 30 days when converting rates per second or per day into monthly volumes. */
    public static final BigDecimal SECONDS_PER_MONTH = BigDecimal.valueOf(30L * 24 * 3600);
    static final BigDecimal DAYS_PER_MONTH = BigDecimal.valueOf(30);
    static final BigDecimal GB_PER_TB = BigDecimal.valueOf(1000);
    static final BigDecimal MB_PER_TB = BigDecimal.valueOf(1_000_000);
    static final BigDecimal BYTES_PER_TB = new BigDecimal("1e12");
    static final BigDecimal MAX_TB = new BigDecimal(Workload.MAX_TB);
    static final BigDecimal MAX_GB = new BigDecimal(Workload.MAX_GB);
    private static final int MONTHS_AHEAD = 12;

    /** One quantity to price: which rate prices it, the field it answers to, and where it came from. */
    public record Quantity(Component component, String item, BigDecimal value, String unit, String rateKey,
            String field, String assumption) {
    }

    /** Everything derived from one workload. */
    public record Derivation(List<Quantity> quantities, List<Estimate.Figure> derived, List<Estimate.NotPriced> notPriced,
            BigDecimal storedTb, BigDecimal queriedTb) {
    }

    private final Workload workload;
    private final List<Quantity> quantities = new ArrayList<>();
    private final List<Estimate.Figure> derived = new ArrayList<>();
    private final List<Estimate.NotPriced> notPriced = new ArrayList<>();

    private WorkloadDeriver(Workload workload) {
        this.workload = workload;
    }

    public static Derivation derive(Workload workload) {
        return new WorkloadDeriver(workload).derive();
    }

    private Derivation derive() {
        checkTraffic(workload.traffic());
        BigDecimal ingestTb = ingest(workload.ingest());
        BigDecimal storedTb = storage(workload.storage(), ingestTb);
        processing(workload.processing(), storedTb);
        streaming(workload.streaming(), ingestTb, storedTb);
        BigDecimal queriedTb = serving(workload.serving(), workload.traffic());
        return new Derivation(List.copyOf(quantities), List.copyOf(derived), List.copyOf(notPriced), storedTb,
                queriedTb);
    }

    private static void checkTraffic(Workload.Traffic traffic) {
        if (traffic != null && traffic.averageQps() != null && traffic.peakQps() != null
                && traffic.peakQps().compareTo(traffic.averageQps()) < 0) {
            throw new InvalidInput("traffic.peakQps", "peak QPS " + number(traffic.peakQps())
                    + " is below the average " + number(traffic.averageQps()));
        }
    }

    /** TB ingested per month, or null when the workload says nothing of ingest. */
    private BigDecimal ingest(Workload.Ingest ingest) {
        if (ingest == null) {
            return null;
        }
        boolean events = ingest.eventsPerSecond() != null || ingest.bytesPerEvent() != null;
        if (ingest.tbPerDay() != null && events) {
            throw new InvalidInput("ingest", "give tbPerDay or eventsPerSecond with bytesPerEvent, not both");
        }
        if (ingest.tbPerDay() != null) {
            return derived("ingestTbPerMonth", "TB", ingest.tbPerDay().multiply(DAYS_PER_MONTH),
                    number(ingest.tbPerDay()) + " TB a day × 30 days", "ingest.tbPerDay");
        }
        if (ingest.eventsPerSecond() == null || ingest.bytesPerEvent() == null) {
            throw new InvalidInput(ingest.eventsPerSecond() == null ? "ingest.eventsPerSecond" : "ingest.bytesPerEvent",
                    "events per second and bytes per event go together");
        }
        return derived("ingestTbPerMonth", "TB",
                ingest.eventsPerSecond().multiply(ingest.bytesPerEvent()).multiply(SECONDS_PER_MONTH)
                        .divide(BYTES_PER_TB, MathContext.DECIMAL128),
                number(ingest.eventsPerSecond()) + " events per second × " + number(ingest.bytesPerEvent())
                        + " bytes per event × 2,592,000 s per month ÷ 10^12 bytes per TB",
                "ingest.eventsPerSecond");
    }

    private BigDecimal storage(Workload.Storage storage, BigDecimal ingestTb) {
        BigDecimal stored = storedTb(storage, ingestTb);
        if (stored != null && storage != null && storage.growthPercentPerMonth() != null) {
            BigDecimal factor = BigDecimal.ONE.add(storage.growthPercentPerMonth().movePointLeft(2));
            figure("storedTbIn12Months", "TB", stored.multiply(factor.pow(MONTHS_AHEAD)),
                    number(stored) + " TB × (1 + " + number(storage.growthPercentPerMonth())
                            + "%)^12: what the storage line grows to in a year");
        }
        return stored;
    }

    private BigDecimal storedTb(Workload.Storage storage, BigDecimal ingestTb) {
        List<BigDecimal> tiers = storage == null ? List.of()
                : Stream.of(storage.hotTb(), storage.warmTb(), storage.coldTb(), storage.archiveTb())
                        .filter(t -> t != null).toList();
        if (!tiers.isEmpty()) {
            BigDecimal split = tiers.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (storage.totalTb() != null && storage.totalTb().compareTo(split) != 0) {
                throw new InvalidInput("storage.totalTb", "the tiers add up to " + split.toPlainString()
                        + " TB but totalTb is " + storage.totalTb().toPlainString());
            }
            tier(storage.hotTb(), "hot", RateCard.STORAGE_HOT);
            tier(storage.warmTb(), "warm", RateCard.STORAGE_WARM);
            tier(storage.coldTb(), "cold", RateCard.STORAGE_COLD);
            tier(storage.archiveTb(), "archive", RateCard.STORAGE_ARCHIVE);
            return split;
        }
        if (storage != null && storage.totalTb() != null) {
            quantities.add(new Quantity(Component.STORAGE, "Storage (hot)", storage.totalTb(), "TB-month",
                    RateCard.STORAGE_HOT, "storage.totalTb", "TB stored, all in the hot tier"));
            return storage.totalTb();
        }
        BigDecimal months = storage == null ? null : storage.retentionMonths();
        if (ingestTb != null && months != null) {
            BigDecimal stored = derived("storedTb", "TB", ingestTb.multiply(months),
                    number(ingestTb) + " TB ingested a month × " + number(months) + " months retained",
                    "storage.retentionMonths");
            quantities.add(new Quantity(Component.STORAGE, "Storage (hot)", stored, "TB-month", RateCard.STORAGE_HOT,
                    "storage.retentionMonths", "derived: " + number(months) + " months of ingest kept, all hot"));
            return stored;
        }
        notPriced(Component.STORAGE, ingestTb == null ? "no stored TB and no ingest to derive it from"
                : "ingest is given but not how many months of it are kept",
                ingestTb == null ? List.of("storage.totalTb", "ingest with storage.retentionMonths")
                        : List.of("storage.totalTb", "storage.retentionMonths"));
        return null;
    }

    private void tier(BigDecimal tb, String name, String key) {
        if (tb != null) {
            quantities.add(new Quantity(Component.STORAGE, "Storage (" + name + ")", tb, "TB-month", key,
                    "storage." + name + "Tb", "TB stored in the " + name + " tier"));
        }
    }

    private void processing(Workload.Processing processing, BigDecimal storedTb) {
        BigDecimal given = processing == null ? null : processing.tbProcessedPerMonth();
        BigDecimal scans = processing == null ? null : processing.scansPerMonth();
        if (given != null && scans != null) {
            throw new InvalidInput("processing", "give tbProcessedPerMonth or scansPerMonth, not both");
        }
        if (given != null) {
            quantities.add(new Quantity(Component.COMPUTE, "Batch compute", given, "TB processed",
                    RateCard.COMPUTE_BATCH, "processing", "TB processed per month, as given"));
        } else if (scans != null && storedTb != null) {
            BigDecimal tb = derived("tbProcessedPerMonth", "TB", scans.multiply(storedTb),
                    number(scans) + " full scans a month × " + number(storedTb) + " TB stored",
                    "processing.scansPerMonth");
            quantities.add(new Quantity(Component.COMPUTE, "Batch compute", tb, "TB processed", RateCard.COMPUTE_BATCH,
                    "processing", "derived: " + number(scans) + " full scans a month of " + number(storedTb)
                            + " TB stored"));
        } else if (scans != null) {
            notPriced(Component.COMPUTE, "scans per month need the stored TB, which is not priced",
                    List.of("storage.totalTb", "processing.tbProcessedPerMonth"));
        } else {
            notPriced(Component.COMPUTE, "no TB processed per month and no scans per month",
                    List.of("processing.tbProcessedPerMonth", "processing.scansPerMonth"));
        }
    }

    private void streaming(Workload.Streaming streaming, BigDecimal ingestTb, BigDecimal storedTb) {
        long given = streaming == null ? 0
                : Stream.of(streaming.gbPerMonth(), streaming.retentionDays(), streaming.shareOfStored())
                        .filter(v -> v != null).count();
        if (given > 1) {
            throw new InvalidInput("streaming", "give one of gbPerMonth, retentionDays or shareOfStored");
        }
        List<String> inputs = List.of("streaming.gbPerMonth", "streaming.retentionDays with ingest",
                "streaming.shareOfStored");
        if (given == 0) {
            notPriced(Component.STREAMING, "no GB retained in a streaming platform", inputs);
        } else if (streaming.gbPerMonth() != null) {
            streamed(streaming.gbPerMonth(), "GB retained in the streaming platform, as given");
        } else if (streaming.retentionDays() != null && ingestTb != null) {
            BigDecimal gb = derived("streamingGbRetained", "GB", ingestTb.multiply(GB_PER_TB)
                    .multiply(streaming.retentionDays()).divide(DAYS_PER_MONTH, MathContext.DECIMAL128),
                    number(ingestTb) + " TB ingested a month ÷ 30 days × " + number(streaming.retentionDays())
                            + " days retained × 1,000 GB per TB",
                    "streaming.retentionDays");
            streamed(gb, "derived: " + number(streaming.retentionDays()) + " days of ingest retained");
        } else if (streaming.shareOfStored() != null && storedTb != null) {
            BigDecimal gb = derived("streamingGbRetained", "GB",
                    storedTb.multiply(streaming.shareOfStored()).multiply(GB_PER_TB),
                    number(storedTb) + " TB stored × " + number(streaming.shareOfStored())
                            + " retained in the stream × 1,000 GB per TB",
                    "streaming.shareOfStored");
            streamed(gb, "derived: " + number(streaming.shareOfStored()) + " × the stored TB retained in the stream");
        } else {
            notPriced(Component.STREAMING, streaming.retentionDays() != null
                    ? "retention days need the ingest per day"
                    : "a share of the stored TB needs the stored TB, which is not priced",
                    streaming.retentionDays() != null ? List.of("ingest.tbPerDay", "ingest.eventsPerSecond")
                            : List.of("storage.totalTb", "streaming.gbPerMonth"));
        }
    }

    private void streamed(BigDecimal gb, String assumption) {
        if (gb.compareTo(MAX_GB) > 0) {
            throw new InvalidInput("streaming", "implies " + number(gb.setScale(0, RoundingMode.HALF_UP))
                    + " GB retained, above the 10,000,000 GB limit");
        }
        quantities.add(new Quantity(Component.STREAMING, "Streaming retention", gb, "GB-month",
                RateCard.STREAMING_RETAINED, "streaming", assumption));
    }

    /** TB queried per month, or null when serving is not priced. */
    private BigDecimal serving(Workload.Serving serving, Workload.Traffic traffic) {
        BigDecimal given = serving == null ? null : serving.tbQueriedPerMonth();
        BigDecimal perQuery = serving == null ? null : serving.mbScannedPerQuery();
        BigDecimal qps = serving != null && serving.averageQps() != null ? serving.averageQps()
                : traffic != null ? traffic.averageQps() : null;
        if (given != null && perQuery != null) {
            throw new InvalidInput("serving", "give tbQueriedPerMonth or mbScannedPerQuery, not both");
        }
        if (given != null) {
            quantities.add(new Quantity(Component.SERVING, "Query serving", given, "TB queried",
                    RateCard.SERVING_SCANNED, "serving", "TB queried per month, as given"));
            return given;
        }
        if (perQuery != null && qps != null) {
            BigDecimal tb = derived("tbQueriedPerMonth", "TB", qps.multiply(perQuery).multiply(SECONDS_PER_MONTH)
                    .divide(MB_PER_TB, MathContext.DECIMAL128),
                    number(qps) + " QPS × " + number(perQuery) + " MB per query × 2,592,000 s per month ÷ "
                            + "1,000,000 MB per TB",
                    "serving.mbScannedPerQuery");
            quantities.add(new Quantity(Component.SERVING, "Query serving", tb, "TB queried", RateCard.SERVING_SCANNED,
                    "serving", "derived: " + number(qps) + " queries per second on average × " + number(perQuery)
                            + " MB scanned per query"));
            return tb;
        }
        if (perQuery != null) {
            notPriced(Component.SERVING, "MB per query needs an average QPS",
                    List.of("traffic.averageQps", "serving.averageQps"));
        } else if (qps != null) {
            notPriced(Component.SERVING, number(qps) + " QPS on average is "
                    + number(qps.multiply(SECONDS_PER_MONTH)) + " queries a month, but not what each scans",
                    List.of("serving.mbScannedPerQuery", "serving.tbQueriedPerMonth"));
        } else {
            notPriced(Component.SERVING, "no queries: no TB queried and no QPS",
                    List.of("serving.tbQueriedPerMonth", "traffic.averageQps with serving.mbScannedPerQuery"));
        }
        return null;
    }

    /** A derived TB or GB quantity, rounded, bounded like one given directly, and stated. */
    private BigDecimal derived(String name, String unit, BigDecimal exact, String derivation, String field) {
        BigDecimal value = rounded(exact);
        if ("TB".equals(unit) && value.compareTo(MAX_TB) > 0) {
            throw new InvalidInput(field, "implies " + number(value.setScale(0, RoundingMode.HALF_UP))
                    + " TB a month, above the 1,000,000 TB limit");
        }
        derived.add(new Estimate.Figure(name, value, unit, derivation));
        return value;
    }

    private void figure(String name, String unit, BigDecimal exact, String derivation) {
        derived.add(new Estimate.Figure(name, rounded(exact), unit, derivation));
    }

    private void notPriced(Component component, String reason, List<String> inputs) {
        notPriced.add(new Estimate.NotPriced(component, reason, inputs));
    }

    /** Three decimals at most, no trailing zeros, never an exponent in the JSON. */
    static BigDecimal rounded(BigDecimal value) {
        BigDecimal plain = value.setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
