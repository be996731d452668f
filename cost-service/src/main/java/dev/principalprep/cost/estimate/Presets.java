package dev.principalprep.cost.estimate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Ready-made workloads; {@code module-9-example} is the module's own table. */
public final class Presets {

    /** A named workload with the catalog it is meant for. */
    @Schema(name = "Preset")
    public record Preset(String id, String title, String description, String catalog, Workload workload) {
    }

    public static final Preset MODULE_9_EXAMPLE = new Preset("module-9-example",
            "Module 9 example: 100 TB, 10K QPS",
            "The module's Quick Cost Calculations table: 100 TB stored, 100 full scans a month (10,000 TB processed), "
                    + "100 TB retained in Kafka, 10,000 TB queried at 10K QPS. The module gives one QPS figure, "
                    + "used here as both average and peak.",
            "module-9",
            new Workload(
                    new Workload.Storage(tb(100), null, null, null, null),
                    new Workload.Processing(tb(10_000), null),
                    new Workload.Streaming(tb(100_000)),
                    new Workload.Serving(tb(10_000), null, null),
                    new Workload.Traffic(tb(10_000), tb(10_000))));

    public static final List<Preset> ALL = List.of(MODULE_9_EXAMPLE);

    private Presets() {
    }

    public static Optional<Preset> find(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private static BigDecimal tb(long value) {
        return BigDecimal.valueOf(value);
    }
}
