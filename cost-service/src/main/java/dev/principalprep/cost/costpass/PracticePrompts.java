package dev.principalprep.cost.costpass;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.principalprep.cost.estimate.Presets;
import dev.principalprep.cost.estimate.Workload;

/**
 * Workloads to practise the cost pass on: the module's own example, and variations at other scales and shapes. Each
 * one's reference is the estimate of its workload with the module's catalog, shown only once a pass is graded.
 */
public final class PracticePrompts {

    /** A workload as an interviewer would state it, and the same workload as inputs. */
    @Schema(name = "PracticePrompt")
    public record PracticePrompt(
            @Schema(description = "the prompt's id, to send as promptId when a pass is graded", example = "module-9-example") String id,
            @Schema(description = "the prompt's name, with its scale", example = "Module 9 example: 100 TB, 10K QPS") String title,
            @Schema(description = "what the interviewer says") String brief,
            @Schema(description = "the same workload as inputs, as an estimate takes them") Workload workload) {
    }

    public static final List<PracticePrompt> ALL = List.of(
            new PracticePrompt("module-9-example", Presets.MODULE_9_EXAMPLE.title(),
                    "A lake of 100 TB in S3. Spark batch jobs scan all of it 100 times a month. Kafka keeps as much "
                            + "as the lake holds. The query layer serves 10K QPS, each query scanning about 386 KB. "
                            + "What does it cost a month?",
                    Presets.MODULE_9_EXAMPLE.workload()),
            new PracticePrompt("startup-10tb", "A startup's 10 TB lake, 500 QPS",
                    "10 TB stored, scanned 30 times a month. 100 GB of new events a day, kept 7 days in Kafka. "
                            + "500 QPS on average (2,000 at peak), each query scanning 2 MB. What does it cost a month?",
                    new Workload(Workload.Storage.total(number("10")), new Workload.Processing(null, number("30")),
                            new Workload.Streaming(null, number("7"), null),
                            new Workload.Serving(null, null, number("2")),
                            new Workload.Traffic(number("500"), number("2000")),
                            new Workload.Ingest(number("0.1"), null, null))),
            new PracticePrompt("scale-1pb", "The module's shape at 1 PB, 50K QPS",
                    "1 PB stored, scanned 20 times a month. Kafka keeps 5% of what is stored. 50K QPS on average "
                            + "(150K at peak), each query scanning 100 KB. What does it cost a month?",
                    new Workload(Workload.Storage.total(number("1000")), new Workload.Processing(null, number("20")),
                            new Workload.Streaming(null, null, number("0.05")),
                            new Workload.Serving(null, null, number("0.1")),
                            new Workload.Traffic(number("50000"), number("150000")), null)),
            new PracticePrompt("batch-only-250tb", "A 250 TB nightly batch warehouse",
                    "250 TB stored, scanned 40 times a month by batch jobs. No streaming and no interactive queries: "
                            + "reports are files. What does it cost a month?",
                    new Workload(Workload.Storage.total(number("250")), new Workload.Processing(null, number("40")),
                            null, null, null, null)),
            new PracticePrompt("events-50k-per-second", "50K events a second, kept a year",
                    "50,000 events a second of 1 KB each, kept 12 months in the lake and 7 days in Kafka. Batch jobs "
                            + "scan the lake 4 times a month. 2,000 QPS on average (6,000 at peak), each query "
                            + "scanning 5 MB. What does it cost a month?",
                    new Workload(new Workload.Storage(null, null, null, null, null, number("12"), null),
                            new Workload.Processing(null, number("4")), new Workload.Streaming(null, number("7"), null),
                            new Workload.Serving(null, null, number("5")),
                            new Workload.Traffic(number("2000"), number("6000")),
                            new Workload.Ingest(null, number("50000"), number("1000")))));

    private PracticePrompts() {
    }

    public static Optional<PracticePrompt> find(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private static BigDecimal number(String value) {
        return new BigDecimal(value);
    }
}
