package dev.principalprep.cost.projection;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import dev.principalprep.cost.estimate.CostCalculator;
import dev.principalprep.cost.estimate.Estimate;
import dev.principalprep.cost.estimate.RateCard;
import dev.principalprep.cost.estimate.Workload;
import dev.principalprep.problems.InvalidInput;

/**
 * Projects volume, request rate and cost month by month. Ingest and request rates grow by the same factor each
 * month; what is older than the retention period is deleted, data stored today included. Each month is priced by
 * {@link CostCalculator}, so a month's cost is traceable to the same rates as an estimate.
 */
public final class ScaleProjector {

    private static final BigDecimal WEEKS_PER_MONTH = new BigDecimal("4.348214"); // 365.25 / 7 / 12
    private static final BigDecimal DAYS_PER_MONTH = BigDecimal.valueOf(30);
    private static final BigDecimal GB_PER_TB = BigDecimal.valueOf(1000);
    /** The estimate's own storage limit, so a projected month is priced under the same bounds. */
    private static final BigDecimal MAX_STORED_TB = BigDecimal.valueOf(1_000_000);

    private final CostCalculator calculator = new CostCalculator();

    public Projection project(ProjectionRequest request, RateCard card) {
        BigDecimal factor = monthlyFactor(request.growth());
        List<BigDecimal> ingest = new ArrayList<>();
        List<Projection.Month> months = new ArrayList<>();
        BigDecimal horizonLow = BigDecimal.ZERO;
        BigDecimal horizonHigh = BigDecimal.ZERO;
        for (int month = 1; month <= request.months(); month++) {
            BigDecimal grown = factor.pow(month - 1, MathContext.DECIMAL64);
            ingest.add(quantity(request.ingestTbPerMonth().multiply(grown)));
            boolean capped = request.retentionMonths() != null && month > request.retentionMonths();
            BigDecimal stored = stored(request, ingest, month);
            if (stored.compareTo(MAX_STORED_TB) > 0) {
                throw new InvalidInput("growth", "at this growth the data passes 1,000,000 TB in month " + month
                        + "; project fewer months or a lower growth");
            }
            Workload.Traffic traffic = request.traffic() == null ? null
                    : new Workload.Traffic(
                            scaled(request.traffic().averageQps(), grown), scaled(request.traffic().peakQps(), grown));
            Estimate priced = priced(request, stored, ingest.get(month - 1), traffic, card, month);
            months.add(new Projection.Month(month, ingest.get(month - 1), stored, capped,
                    traffic == null ? null : traffic.averageQps(), traffic == null ? null : traffic.peakQps(),
                    priced.totalLow(), priced.totalHigh()));
            horizonLow = horizonLow.add(priced.totalLow());
            horizonHigh = horizonHigh.add(priced.totalHigh());
        }
        List<String> assumptions = new ArrayList<>(List.of(
                "Ingest and request rates grow by " + factor.round(new MathContext(6)).toPlainString()
                        + "× a month" + (request.growth().per() == ProjectionRequest.Period.WEEK
                                ? " (" + request.growth().percent().toPlainString() + "% a week over 4.35 weeks)"
                                : "")
                        + ".",
                request.retentionMonths() == null ? "Nothing is deleted."
                        : "Data older than " + request.retentionMonths() + " months is deleted, today's data included.",
                "Each month is priced with catalog " + card.catalog() + " v" + card.version() + "."));
        return new Projection(card.catalog(), card.version(), factor.round(new MathContext(10)), months, horizonLow,
                horizonHigh, assumptions);
    }

    /** A month past the first that breaks a limit does so because of the growth, and says so. */
    private Estimate priced(ProjectionRequest request, BigDecimal stored, BigDecimal ingest, Workload.Traffic traffic,
            RateCard card, int month) {
        try {
            return calculator.estimate(workload(request, stored, ingest, traffic), card);
        } catch (InvalidInput invalid) {
            if (month == 1) {
                throw invalid;
            }
            throw new InvalidInput("growth", "at this growth month " + month + " passes a limit (" + invalid.field()
                    + ": " + invalid.getMessage() + "); project fewer months or a lower growth");
        }
    }

    static BigDecimal monthlyFactor(ProjectionRequest.Growth growth) {
        BigDecimal perPeriod = BigDecimal.ONE.add(growth.percent().movePointLeft(2));
        if (growth.per() == ProjectionRequest.Period.MONTH) {
            return perPeriod;
        }
        // A fractional power has no exact decimal form; double precision is ample for volumes.
        return BigDecimal.valueOf(Math.pow(perPeriod.doubleValue(), WEEKS_PER_MONTH.doubleValue()));
    }

    private static BigDecimal stored(ProjectionRequest request, List<BigDecimal> ingest, int month) {
        Integer retention = request.retentionMonths();
        int firstKept = retention == null ? 1 : Math.max(1, month - retention + 1);
        BigDecimal stored = retention == null || month <= retention ? request.initialTb() : BigDecimal.ZERO;
        for (int m = firstKept; m <= month; m++) {
            stored = stored.add(ingest.get(m - 1));
        }
        return stored;
    }

    private static Workload workload(ProjectionRequest request, BigDecimal stored, BigDecimal ingest,
            Workload.Traffic traffic) {
        Workload.Processing processing = request.scansPerMonth() == null ? null
                : new Workload.Processing(null, request.scansPerMonth());
        Workload.Streaming streaming = request.streamingRetentionDays() == null ? null
                : Workload.Streaming.gb(quantity(ingest.multiply(GB_PER_TB).multiply(request.streamingRetentionDays())
                        .divide(DAYS_PER_MONTH, MathContext.DECIMAL64)));
        Workload.Serving serving = null;
        if (request.mbScannedPerQuery() != null) {
            if (traffic == null || traffic.averageQps() == null) {
                throw new InvalidInput("traffic.averageQps", "mbScannedPerQuery needs an average QPS");
            }
            serving = new Workload.Serving(null, null, request.mbScannedPerQuery());
        }
        return new Workload(Workload.Storage.total(stored), processing, streaming, serving, traffic, null);
    }

    private static BigDecimal scaled(BigDecimal value, BigDecimal factor) {
        return value == null ? null : quantity(value.multiply(factor));
    }

    /** Six decimals at most, no trailing zeros, never an exponent in the JSON. */
    private static BigDecimal quantity(BigDecimal value) {
        BigDecimal plain = value.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
