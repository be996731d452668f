package dev.principalprep.progress.tracking;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.principalprep.problems.InvalidInput;
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

    @Test
    void nextStepsAreShownApartFromTheProgress() {
        CurriculumModule module = module();
        CurriculumItem nextStep = item("next", 5);
        nextStep.kind = ProgressCalculator.NEXT_STEP;
        CurriculumItem unweighted = item("next-unweighted", 0);
        unweighted.kind = ProgressCalculator.NEXT_STEP;
        module.items = List.of(nextStep, module.items.get(0), module.items.get(1), unweighted);
        ModuleProgress progress = ProgressCalculator.of(module, Map.of(
                "next", new ProgressCalculator.Recorded(ItemStatus.COMPLETED, 20),
                "a", new ProgressCalculator.Recorded(ItemStatus.COMPLETED, 10)), 0);
        assertEquals(4, progress.items().size());
        assertEquals(1, progress.itemsCompleted());
        assertEquals(2, progress.itemsTotal());
        assertEquals(new BigDecimal("33.3"), progress.percentComplete());
        assertEquals(60, progress.minutesRemaining());
        assertEquals(90, progress.estimate().curriculumMinutes());
        assertEquals(30, progress.minutesSpent());
        assertEquals("b", progress.nextItem().id());
        assertEquals(new ModuleProgress.NextSteps(1, 2), progress.nextSteps());
    }

    @Test
    void aModuleOfNextStepsAloneIsCountedByItems() {
        CurriculumModule module = module();
        CurriculumItem nextStep = item("next", 0);
        nextStep.kind = ProgressCalculator.NEXT_STEP;
        module.items = List.of(nextStep);
        ModuleProgress progress = ProgressCalculator.of(module,
                Map.of("next", new ProgressCalculator.Recorded(ItemStatus.COMPLETED, 0)), 0);
        assertEquals(new BigDecimal("0.0"), progress.percentComplete());
        assertEquals(0, progress.itemsTotal());
        assertEquals(null, progress.nextItem());
        assertEquals(new ModuleProgress.NextSteps(1, 1), progress.nextSteps());
    }

    @Test
    void theCostPracticeItemCompletedByPassesCannotBeReopened() {
        for (ItemStatus status : List.of(ItemStatus.NOT_STARTED, ItemStatus.IN_PROGRESS)) {
            InvalidInput refused = assertThrows(InvalidInput.class,
                    () -> ProgressCalculator.checkChange(ProgressCalculator.COST_PRACTICE_ITEM, status, 3));
            assertEquals(409, refused.status());
            assertEquals("status", refused.field());
            assertEquals(ProgressCalculator.COST_PRACTICE_ITEM + " is completed by your 3 cost passes (the target is 3)"
                    + " and cannot be set to " + status, refused.getMessage());
        }
        assertDoesNotThrow(() -> ProgressCalculator.checkChange(ProgressCalculator.COST_PRACTICE_ITEM,
                ItemStatus.COMPLETED, 4));
        assertDoesNotThrow(() -> ProgressCalculator.checkChange(ProgressCalculator.COST_PRACTICE_ITEM,
                ItemStatus.NOT_STARTED, 2));
        assertDoesNotThrow(() -> ProgressCalculator.checkChange("a", ItemStatus.NOT_STARTED, 3));
    }
}
