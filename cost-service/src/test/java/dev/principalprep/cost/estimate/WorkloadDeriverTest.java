package dev.principalprep.cost.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.principalprep.cost.estimate.WorkloadDeriver.Derivation;
import dev.principalprep.cost.estimate.WorkloadDeriver.Quantity;
import dev.principalprep.cost.pricing.PriceRate.Component;
import dev.principalprep.problems.InvalidInput;

class WorkloadDeriverTest {

    private static final Workload MODULE = Presets.MODULE_9_EXAMPLE.workload();
    /** 50,000 events a second of 1 KB, kept 12 months in the lake and 7 days in Kafka. */
    private static final Workload EVENTS = new Workload(
            new Workload.Storage(null, null, null, null, null, BigDecimal.valueOf(12), null),
            new Workload.Processing(null, BigDecimal.valueOf(4)),
            new Workload.Streaming(null, BigDecimal.valueOf(7), null),
            new Workload.Serving(null, null, BigDecimal.valueOf(5)),
            new Workload.Traffic(BigDecimal.valueOf(2000), BigDecimal.valueOf(6000)),
            new Workload.Ingest(null, BigDecimal.valueOf(50_000), BigDecimal.valueOf(1000)));

    @Test
    void theModuleExampleStandsOnStoredTbScansShareAndBytesPerQuery() {
        Derivation derivation = WorkloadDeriver.derive(MODULE);

        assertEquals(List.of(new BigDecimal("100"), new BigDecimal("10000"), new BigDecimal("100000"),
                new BigDecimal("10000")), values(derivation));
        assertEquals(List.of(
                new Estimate.Figure("tbProcessedPerMonth", new BigDecimal("10000"), "TB",
                        "100 full scans a month × 100 TB stored"),
                new Estimate.Figure("streamingGbRetained", new BigDecimal("100000"), "GB",
                        "100 TB stored × 1 retained in the stream × 1,000 GB per TB"),
                new Estimate.Figure("tbQueriedPerMonth", new BigDecimal("10000"), "TB",
                        "10,000 QPS × 0.38580247 MB per query × 2,592,000 s per month ÷ 1,000,000 MB per TB")),
                derivation.derived());
        assertEquals(List.of(), derivation.notPriced());
        assertEquals(new BigDecimal("100"), derivation.storedTb());
        assertEquals(new BigDecimal("10000"), derivation.queriedTb());
        assertEquals("derived: 1 × the stored TB retained in the stream", derivation.quantities().get(2).assumption());
        assertEquals("derived: 10,000 queries per second on average × 0.38580247 MB scanned per query",
                derivation.quantities().get(3).assumption());
    }

    @Test
    void overridingStoredTbCarriesToWhatDependsOnIt() {
        Workload bigger = MODULE.overriddenBy(new Workload(Workload.Storage.total(BigDecimal.valueOf(500)), null, null,
                null, null, null));
        // 500 TB scanned 100 times; Kafka keeps as much as S3; queries do not depend on storage.
        assertEquals(List.of(new BigDecimal("500"), new BigDecimal("50000"), new BigDecimal("500000"),
                new BigDecimal("10000")), values(WorkloadDeriver.derive(bigger)));
    }

    @Test
    void overridingTrafficCarriesToServing() {
        Workload busier = MODULE.overriddenBy(new Workload(null, null, null, null,
                new Workload.Traffic(BigDecimal.valueOf(20_000), BigDecimal.valueOf(40_000)), null));
        assertEquals(new BigDecimal("20000"), WorkloadDeriver.derive(busier).queriedTb());
        assertEquals(MODULE, MODULE.overriddenBy(null));
    }

    @Test
    void ownNumbersWithoutWhatComputeStreamingAndServingNeedSayWhatIsMissing() {
        Workload issue = new Workload(Workload.Storage.total(BigDecimal.valueOf(500)), null, null, null,
                new Workload.Traffic(BigDecimal.valueOf(50_000), BigDecimal.valueOf(50_000)), null);
        Derivation derivation = WorkloadDeriver.derive(issue);

        assertEquals(List.of(new BigDecimal("500")), values(derivation));
        assertEquals(List.of(
                new Estimate.NotPriced(Component.COMPUTE, "no TB processed per month and no scans per month",
                        List.of("processing.tbProcessedPerMonth", "processing.scansPerMonth")),
                new Estimate.NotPriced(Component.STREAMING, "no GB retained in a streaming platform",
                        List.of("streaming.gbPerMonth", "streaming.retentionDays with ingest", "streaming.shareOfStored")),
                new Estimate.NotPriced(Component.SERVING,
                        "50,000 QPS on average is 129,600,000,000 queries a month, but not what each scans",
                        List.of("serving.mbScannedPerQuery", "serving.tbQueriedPerMonth"))),
                derivation.notPriced());
        assertNull(derivation.queriedTb());
    }

    @Test
    void eventsPerSecondGiveIngestThenStorageStreamingAndCompute() {
        Derivation derivation = WorkloadDeriver.derive(EVENTS);
        Map<String, Estimate.Figure> derived = derivation.derived().stream()
                .collect(Collectors.toMap(Estimate.Figure::name, Function.identity()));

        // 50,000 events/s × 1,000 bytes × 2,592,000 s = 129.6 TB a month.
        assertEquals(new BigDecimal("129.6"), derived.get("ingestTbPerMonth").value());
        assertEquals("50,000 events per second × 1,000 bytes per event × 2,592,000 s per month ÷ 10^12 bytes per TB",
                derived.get("ingestTbPerMonth").derivation());
        assertEquals(new BigDecimal("1555.2"), derived.get("storedTb").value());
        assertEquals("129.6 TB ingested a month × 12 months retained", derived.get("storedTb").derivation());
        assertEquals(new BigDecimal("30240"), derived.get("streamingGbRetained").value());
        assertEquals(new BigDecimal("6220.8"), derived.get("tbProcessedPerMonth").value());
        assertEquals(new BigDecimal("25920"), derived.get("tbQueriedPerMonth").value());
        assertEquals(List.of(new BigDecimal("1555.2"), new BigDecimal("6220.8"), new BigDecimal("30240"),
                new BigDecimal("25920")), values(derivation));
        assertEquals("derived: 12 months of ingest kept, all hot", derivation.quantities().get(0).assumption());
        assertEquals("derived: 7 days of ingest retained", derivation.quantities().get(2).assumption());
    }

    @Test
    void tiersAreTheStoredTbThatScansAndSharesStandOn() {
        Workload tiered = new Workload(new Workload.Storage(null, BigDecimal.valueOf(20), BigDecimal.valueOf(30), null,
                null, null, null), new Workload.Processing(null, BigDecimal.TEN),
                new Workload.Streaming(null, null, new BigDecimal("0.5")), null, null, null);
        Derivation derivation = WorkloadDeriver.derive(tiered);
        assertEquals(new BigDecimal("50"), derivation.storedTb());
        assertEquals(List.of(new BigDecimal("20"), new BigDecimal("30"), new BigDecimal("500"), new BigDecimal("25000")),
                values(derivation));
    }

    @Test
    void terabytesPerDayAreThirtyDaysAMonth() {
        Workload daily = new Workload(new Workload.Storage(null, null, null, null, null, BigDecimal.valueOf(3), null),
                null, null, null, null, new Workload.Ingest(new BigDecimal("0.5"), null, null));
        Derivation derivation = WorkloadDeriver.derive(daily);
        assertEquals(new Estimate.Figure("ingestTbPerMonth", new BigDecimal("15"), "TB", "0.5 TB a day × 30 days"),
                derivation.derived().get(0));
        assertEquals(new BigDecimal("45"), derivation.storedTb());
    }

    @Test
    void ingestIsTerabytesADayOrEventsTimesBytesNotBoth() {
        assertEquals("ingest", field(new Workload.Ingest(BigDecimal.ONE, BigDecimal.ONE, null)));
        assertEquals("ingest", field(new Workload.Ingest(BigDecimal.ONE, null, BigDecimal.ONE)));
        assertEquals("ingest.bytesPerEvent", field(new Workload.Ingest(null, BigDecimal.ONE, null)));
        assertEquals("ingest.eventsPerSecond", field(new Workload.Ingest(null, null, BigDecimal.ONE)));
    }

    @Test
    void storageNeedsATotalOrIngestWithRetention() {
        Workload ingestOnly = new Workload(null, null, null, null, null,
                new Workload.Ingest(BigDecimal.ONE, null, null));
        assertEquals(new Estimate.NotPriced(Component.STORAGE,
                "ingest is given but not how many months of it are kept",
                List.of("storage.totalTb", "storage.retentionMonths")), notPriced(ingestOnly, Component.STORAGE));

        Workload retentionOnly = new Workload(new Workload.Storage(null, null, null, null, null, BigDecimal.TEN, null),
                null, null, null, null, null);
        assertEquals(new Estimate.NotPriced(Component.STORAGE, "no stored TB and no ingest to derive it from",
                List.of("storage.totalTb", "ingest with storage.retentionMonths")),
                notPriced(retentionOnly, Component.STORAGE));
    }

    @Test
    void scansWithoutStoredDataCannotBePriced() {
        Workload scans = new Workload(null, new Workload.Processing(null, BigDecimal.TEN), null, null, null, null);
        assertEquals(new Estimate.NotPriced(Component.COMPUTE, "scans per month need the stored TB, which is not priced",
                List.of("storage.totalTb", "processing.tbProcessedPerMonth")), notPriced(scans, Component.COMPUTE));
        assertEquals("processing", field(new Workload(null, new Workload.Processing(BigDecimal.ONE, BigDecimal.ONE),
                null, null, null, null)));
    }

    @Test
    void streamingIsOneOfGigabytesDaysOrShare() {
        assertEquals("streaming", field(new Workload(null, null, new Workload.Streaming(BigDecimal.ONE, BigDecimal.ONE,
                null), null, null, null)));
        assertEquals("streaming", field(new Workload(null, null, new Workload.Streaming(null, BigDecimal.ONE,
                BigDecimal.ONE), null, null, null)));
        Workload days = new Workload(null, null, new Workload.Streaming(null, BigDecimal.ONE, null), null, null, null);
        assertEquals(new Estimate.NotPriced(Component.STREAMING, "retention days need the ingest per day",
                List.of("ingest.tbPerDay", "ingest.eventsPerSecond")), notPriced(days, Component.STREAMING));
        Workload share = new Workload(null, null, new Workload.Streaming(null, null, BigDecimal.ONE), null, null, null);
        assertEquals(new Estimate.NotPriced(Component.STREAMING,
                "a share of the stored TB needs the stored TB, which is not priced",
                List.of("storage.totalTb", "streaming.gbPerMonth")), notPriced(share, Component.STREAMING));
    }

    @Test
    void servingTakesItsOwnQpsBeforeTheTraffic() {
        Workload own = new Workload(null, null, null, new Workload.Serving(null, BigDecimal.valueOf(100), BigDecimal.ONE),
                new Workload.Traffic(BigDecimal.valueOf(1000), null), null);
        // 100 QPS × 1 MB × 2,592,000 s ÷ 10^6 = 259.2 TB.
        assertEquals(new BigDecimal("259.2"), WorkloadDeriver.derive(own).queriedTb());
        assertEquals("serving", field(new Workload(null, null, null, new Workload.Serving(BigDecimal.ONE, null,
                BigDecimal.ONE), null, null)));
        Workload noQps = new Workload(null, null, null, new Workload.Serving(null, null, BigDecimal.ONE), null, null);
        assertEquals(new Estimate.NotPriced(Component.SERVING, "MB per query needs an average QPS",
                List.of("traffic.averageQps", "serving.averageQps")), notPriced(noQps, Component.SERVING));
        Workload nothing = new Workload(null, null, null, new Workload.Serving(null, null, null), null, null);
        assertEquals("no queries: no TB queried and no QPS", notPriced(nothing, Component.SERVING).reason());
    }

    @Test
    void peakBelowAverageIsAContradiction() {
        InvalidInput invalid = assertThrows(InvalidInput.class, () -> WorkloadDeriver.derive(new Workload(null, null,
                null, null, new Workload.Traffic(BigDecimal.valueOf(10), BigDecimal.valueOf(9)), null)));
        assertEquals("traffic.peakQps", invalid.field());
        assertEquals("peak QPS 9 is below the average 10", invalid.getMessage());
        WorkloadDeriver.derive(new Workload(null, null, null, null,
                new Workload.Traffic(BigDecimal.TEN, BigDecimal.TEN), null));
    }

    @Test
    void growthSaysWhatStorageReachesInAYear() {
        Workload growing = new Workload(new Workload.Storage(BigDecimal.valueOf(100), null, null, null, null, null,
                BigDecimal.valueOf(5)), null, null, null, null, null);
        // 100 × 1.05^12 = 179.5856...
        assertEquals(List.of(new Estimate.Figure("storedTbIn12Months", new BigDecimal("179.586"), "TB",
                "100 TB × (1 + 5%)^12: what the storage line grows to in a year")),
                WorkloadDeriver.derive(growing).derived());
    }

    @Test
    void derivedQuantitiesObeyTheLimitsOfGivenOnes() {
        Workload atLimit = new Workload(Workload.Storage.total(BigDecimal.valueOf(10_000)),
                new Workload.Processing(null, BigDecimal.valueOf(100)), null, null, null, null);
        assertEquals(new BigDecimal("1000000"), WorkloadDeriver.derive(atLimit).quantities().get(1).value());

        Workload above = new Workload(Workload.Storage.total(new BigDecimal("10000.01")),
                new Workload.Processing(null, BigDecimal.valueOf(100)), null, null, null, null);
        InvalidInput invalid = assertThrows(InvalidInput.class, () -> WorkloadDeriver.derive(above));
        assertEquals("processing.scansPerMonth", invalid.field());
        assertEquals("implies 1,000,001 TB a month, above the 1,000,000 TB limit", invalid.getMessage());

        Workload streamAtLimit = new Workload(Workload.Storage.total(BigDecimal.valueOf(10_000)), null,
                new Workload.Streaming(null, null, BigDecimal.ONE), null, null, null);
        assertEquals(new BigDecimal("10000000"), WorkloadDeriver.derive(streamAtLimit).quantities().get(1).value());
        Workload streamAbove = new Workload(Workload.Storage.total(new BigDecimal("10000.001")), null,
                new Workload.Streaming(null, null, BigDecimal.ONE), null, null, null);
        InvalidInput stream = assertThrows(InvalidInput.class, () -> WorkloadDeriver.derive(streamAbove));
        assertEquals("streaming", stream.field());
        assertEquals("implies 10,000,001 GB retained, above the 10,000,000 GB limit", stream.getMessage());
    }

    @Test
    void derivedQuantitiesKeepThreeDecimalsWithoutAnExponent() {
        assertEquals("10000", WorkloadDeriver.rounded(new BigDecimal("10000.0000224")).toString());
        assertEquals("0.001", WorkloadDeriver.rounded(new BigDecimal("0.0005")).toString());
        assertEquals("0", WorkloadDeriver.rounded(new BigDecimal("0.0004")).toString());
        assertEquals("1.5", WorkloadDeriver.rounded(new BigDecimal("1.50000")).toString());
    }

    private static List<BigDecimal> values(Derivation derivation) {
        return derivation.quantities().stream().map(Quantity::value).toList();
    }

    private static String field(Workload.Ingest ingest) {
        return field(new Workload(null, null, null, null, null, ingest));
    }

    private static String field(Workload workload) {
        return assertThrows(InvalidInput.class, () -> WorkloadDeriver.derive(workload)).field();
    }

    private static Estimate.NotPriced notPriced(Workload workload, Component component) {
        return WorkloadDeriver.derive(workload).notPriced().stream().filter(n -> n.component() == component)
                .findFirst().orElseThrow();
    }
}
