package dev.principalprep.progress.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.principalprep.progress.curriculum.CurriculumItem;
import dev.principalprep.progress.curriculum.CurriculumModule;

class ProgressCalculatorTest {

    private static CurriculumModule module() {
        CurriculumModule module = new CurriculumModule();
        module.moduleId = "m";
        module.version = 2;
        module.title = "M";
        module.estimatedHoursMin = 10;
        module.estimatedHoursMax = 12;
        module.items = List.of(item("a", 30), item("b", 60), item(ProgressCalculator.COST_PRACTICE_ITEM, 10), item("c", 0));
        return module;
    }

    private static CurriculumItem item(String id, int minutes) {
        CurriculumItem item = new CurriculumItem();
        item.itemId = id;
        item.kind = "STEP";
        item.title = id.toUpperCase();
        item.estimatedMinutes = minutes;
        return item;
    }

    @Test
    void percentIsWeightedByEstimatedMinutes() {
        ModuleProgress progress = ProgressCalculator.of(module(), Map.of(
                "b", new ProgressCalculator.Recorded(ItemStatus.COMPLETED, 70)), 0);
        assertEquals(new BigDecimal("60.0"), progress.percentComplete());
        assertEquals(1, progress.itemsCompleted());
        assertEquals(40, progress.minutesRemaining());
        assertEquals(70, progress.minutesSpent());
        assertEquals(600, progress.estimate().minMinutes());
        assertEquals(100, progress.estimate().curriculumMinutes());
    }

    @Test
    void theNextItemIsOneInProgressElseTheFirstNotStartedWithStudyTime() {
        assertEquals("a", ProgressCalculator.of(module(), Map.of(), 0).nextItem().id());
        assertEquals("b", ProgressCalculator.of(module(), Map.of(
                "b", new ProgressCalculator.Recorded(ItemStatus.IN_PROGRESS, 5)), 0).nextItem().id());
        assertEquals("c", ProgressCalculator.of(module(), Map.of(
                "a", new ProgressCalculator.Recorded(ItemStatus.COMPLETED, 1),
                "b", new ProgressCalculator.Recorded(ItemStatus.COMPLETED, 1)), 3).nextItem().id());
    }

    @Test
    void threeCostPassesCompleteTheCostPracticeItem() {
        ModuleProgress two = ProgressCalculator.of(module(), Map.of(), 2);
        ModuleProgress three = ProgressCalculator.of(module(), Map.of(), 3);
        assertEquals(ItemStatus.NOT_STARTED, two.items().get(2).status());
        assertEquals(ItemStatus.COMPLETED, three.items().get(2).status());
        assertTrue(three.costPractice().done());
        assertEquals(new BigDecimal("10.0"), three.percentComplete());
    }
}
