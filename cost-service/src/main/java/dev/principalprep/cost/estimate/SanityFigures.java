package dev.principalprep.cost.estimate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Figures derived from the inputs that an interviewer may ask about: do the numbers hang together? */
final class SanityFigures {

    private SanityFigures() {
    }

    static List<Estimate.Figure> of(Workload workload, WorkloadDeriver.Derivation derivation) {
        List<Estimate.Figure> figures = new ArrayList<>();
        Workload.Traffic traffic = workload.traffic();
        if (traffic != null && traffic.averageQps() != null && traffic.averageQps().signum() > 0) {
            BigDecimal queries = traffic.averageQps().multiply(WorkloadDeriver.SECONDS_PER_MONTH);
            figures.add(new Estimate.Figure("queriesPerMonth", queries, "queries",
                    "average QPS × 2,592,000 s per month"));
            if (derivation.queriedTb() != null) {
                BigDecimal kb = derivation.queriedTb().multiply(WorkloadDeriver.BYTES_PER_TB)
                        .divide(queries, MathContext.DECIMAL128).divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP);
                figures.add(new Estimate.Figure("scannedPerQuery", kb, "KB",
                        "TB queried per month ÷ queries per month"));
            }
            if (traffic.peakQps() != null) {
                figures.add(new Estimate.Figure("peakToAverage",
                        traffic.peakQps().divide(traffic.averageQps(), 2, RoundingMode.HALF_UP), "×",
                        "peak QPS ÷ average QPS: capacity sized for peak idles at this ratio"));
            }
        }
        BigDecimal stored = derivation.storedTb();
        if (stored != null && stored.signum() > 0 && workload.processing() != null
                && workload.processing().tbProcessedPerMonth() != null) {
            figures.add(new Estimate.Figure("scansPerMonth", workload.processing().tbProcessedPerMonth()
                    .divide(stored, 2, RoundingMode.HALF_UP), "full scans",
                    "TB processed per month ÷ TB stored"));
        }
        return figures;
    }
}
