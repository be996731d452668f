package dev.principalprep.progress.costpractice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import dev.principalprep.events.CostPassGraded;
import dev.principalprep.events.EstimateCreated;

class CostPracticeRuleTest {

    private final CostPracticeRule rule = new CostPracticeRule(CostPracticeRule.DEFAULT_MIN_SCORE);

    @Test
    void aGradedPassCountsAtOrAboveTheThreshold() {
        assertEquals(85, CostPracticeRule.DEFAULT_MIN_SCORE);
        assertFalse(rule.counts(pass(84, "27300.00")));
        assertTrue(rule.counts(pass(85, "27300.00")));
        assertTrue(rule.counts(pass(100, "27300.00")));
        assertFalse(rule.counts(pass(0, "27300.00")));
    }

    @Test
    void aPassOnNothingToPriceNeverCounts() {
        assertFalse(rule.counts(pass(100, "0.00")));
        assertTrue(rule.counts(pass(100, "0.01")));
    }

    @Test
    void anEstimateCountsOnlyWhenItPricesSomething() {
        assertFalse(rule.counts(estimate("0.00")));
        assertTrue(rule.counts(estimate("0.01")));
    }

    @Test
    void theThresholdIsAScore() {
        assertTrue(new CostPracticeRule(0).counts(pass(0, "1")));
        assertFalse(new CostPracticeRule(100).counts(pass(99, "1")));
        assertTrue(new CostPracticeRule(100).counts(pass(100, "1")));
        assertThrows(IllegalArgumentException.class, () -> new CostPracticeRule(-1));
        assertThrows(IllegalArgumentException.class, () -> new CostPracticeRule(101));
    }

    private static CostPassGraded pass(int score, String referenceHigh) {
        return new CostPassGraded("p", "learner", "module-9-example", score, new BigDecimal(referenceHigh),
                new BigDecimal(referenceHigh), "module-9", 1);
    }

    private static EstimateCreated estimate(String totalHigh) {
        return new EstimateCreated("e", "learner", BigDecimal.ZERO, new BigDecimal(totalHigh), "module-9", 1);
    }
}
