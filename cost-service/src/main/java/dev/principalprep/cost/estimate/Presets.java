package dev.principalprep.cost.estimate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Ready-made workloads; {@code module-9-example} is the module's own table. */
public final class Presets {

    /** A named workload with the catalog it is meant for. */
    @Schema(name = "Preset")
    public record Preset(@Schema(description = "the preset's id, to send as preset in an estimate request") String id,
            @Schema(description = "the preset's name, with its scale") String title,
            @Schema(description = "what the workload stands for and which parts follow when one is overridden") String description,
            @Schema(description = "the name of the price catalog the preset is priced with when a request names none") String catalog,
            @Schema(description = "the preset's workload") Workload workload) {
    }

    /** The module's 10K QPS at 10,000 TB queried a month: 10^10 MB over 2.592 × 10^10 queries, to 8 decimals. */
    static final BigDecimal MODULE_9_MB_PER_QUERY = new BigDecimal("0.38580247");

    public static final Preset MODULE_9_EXAMPLE = new Preset("module-9-example",
            "Module 9 example: 100 TB, 10K QPS",
            "The module's Quick Cost Calculations table in the inputs it stands on: 100 TB stored; 100 full scans a "
                    + "month (10,000 TB processed); Kafka keeping as much as S3 (100 TB, 100,000 GB); 10K QPS each "
                    + "scanning about 386 KB (10,000 TB queried). The module gives one QPS figure, used here as both "
                    + "average and peak. Override storage and what depends on it (processing, streaming) follows; "
                    + "override traffic and serving follows.",
            "module-9",
            new Workload(
                    Workload.Storage.total(number(100)),
                    new Workload.Processing(null, number(100)),
                    new Workload.Streaming(null, null, BigDecimal.ONE),
                    new Workload.Serving(null, null, MODULE_9_MB_PER_QUERY),
                    new Workload.Traffic(number(10_000), number(10_000)),
                    null));

    public static final List<Preset> ALL = List.of(MODULE_9_EXAMPLE);

    private Presets() {
    }

    public static Optional<Preset> find(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private static BigDecimal number(long value) {
        return BigDecimal.valueOf(value);
    }
}
