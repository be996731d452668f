package dev.principalprep.cost.projection;

import static dev.principalprep.cost.estimate.RateCards.MODULE_9;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.principalprep.cost.estimate.Workload;
import dev.principalprep.problems.InvalidInput;

class ScaleProjectorTest {

    private final ScaleProjector projector = new ScaleProjector();

    private static ProjectionRequest request(String percent, ProjectionRequest.Period per, Integer retention, int months,
            Workload.Traffic traffic) {
        return new ProjectionRequest(BigDecimal.valueOf(100), BigDecimal.TEN,
                new ProjectionRequest.Growth(new BigDecimal(percent), per), retention, months, traffic, null, null, null,
                null);
    }

    private static List<String> stored(Projection projection) {
        return projection.months().stream().map(m -> m.storedTb().toPlainString()).toList();
    }

    @Test
    void withoutRetentionEverythingIsKept() {
        Projection projection = projector.project(request("0", ProjectionRequest.Period.MONTH, null, 3, null), MODULE_9);
        assertEquals(List.of("110", "120", "130"), stored(projection));
        // storage only: 110, 120 and 130 TB at $23.
        assertEquals(new BigDecimal("2530.00"), projection.months().get(0).costLow());
        assertEquals(new BigDecimal("8280.00"), projection.horizonCostHigh());
    }

    @Test
    void retentionCapsWhatIsStored() {
        Projection projection = projector.project(request("0", ProjectionRequest.Period.MONTH, 2, 4, null), MODULE_9);
        assertEquals(List.of("110", "120", "20", "20"), stored(projection));
        assertFalse(projection.months().get(1).retentionCapped());
        assertTrue(projection.months().get(2).retentionCapped());
    }

    @Test
    void ingestAndRequestRatesCompoundMonthly() {
        Projection projection = projector.project(request("10", ProjectionRequest.Period.MONTH, null, 3,
                new Workload.Traffic(BigDecimal.valueOf(1000), BigDecimal.valueOf(3000))), MODULE_9);
        assertEquals(0, new BigDecimal("12.1").compareTo(projection.months().get(2).ingestTb()));
        assertEquals(0, new BigDecimal("1210").compareTo(projection.months().get(2).averageQps()));
        assertEquals(0, new BigDecimal("3300").compareTo(projection.months().get(1).peakQps()));
    }

    @Test
    void weeklyGrowthIsConvertedToAMonth() {
        BigDecimal factor = ScaleProjector.monthlyFactor(
                new ProjectionRequest.Growth(BigDecimal.ONE, ProjectionRequest.Period.WEEK));
        // 1.01 ^ 4.348214 weeks
        assertEquals(new BigDecimal("1.0442"), factor.setScale(4, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void minusOneHundredPercentStopsIngest() {
        Projection projection = projector.project(request("-100", ProjectionRequest.Period.MONTH, null, 3, null), MODULE_9);
        assertEquals(List.of("110", "110", "110"), stored(projection));
    }

    @Test
    void growthPastTheVolumeLimitIsRefused() {
        InvalidInput invalid = assertThrows(InvalidInput.class,
                () -> projector.project(request("1000", ProjectionRequest.Period.MONTH, null, 60, null), MODULE_9));
        assertEquals("growth", invalid.field());
        assertTrue(invalid.getMessage().contains("month"), invalid.getMessage());
    }
}
