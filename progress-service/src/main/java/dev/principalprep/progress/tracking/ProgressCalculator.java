package dev.principalprep.progress.tracking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.principalprep.problems.InvalidInput;
import dev.principalprep.progress.curriculum.CurriculumItem;
import dev.principalprep.progress.curriculum.CurriculumModule;

/**
 * Progress arithmetic, plain: percent complete weighted by each item's estimated minutes (by count where a module has
 * no estimates), minutes remaining from the items not completed, and the next item (one in progress first, else the
 * first not started, in curriculum order). The module's next steps (kind {@value #NEXT_STEP}: what to do after the
 * module, with no estimate) are shown apart: tracked like any item, counted in {@code nextSteps}, never in the items
 * done, the percent or the next item.
 */
public final class ProgressCalculator {

    /** The checklist item that cost practice completes, and after how many cost passes. */
    public static final String COST_PRACTICE_ITEM = "practice-cost-calculations";
    public static final int COST_PRACTICE_TARGET = 3;
    /** The kind of the items shown apart from the module's progress. */
    static final String NEXT_STEP = "NEXT_STEP";

    private ProgressCalculator() {
    }

    /** A learner's recorded state of one item. */
    public record Recorded(ItemStatus status, int minutesSpent) {
    }

    public static ModuleProgress of(CurriculumModule module, Map<String, Recorded> recorded, long costPasses) {
        boolean practised = costPasses >= COST_PRACTICE_TARGET;
        List<ModuleProgress.ItemView> items = new ArrayList<>();
        for (CurriculumItem item : module.items) {
            Recorded state = recorded.getOrDefault(item.itemId, new Recorded(ItemStatus.NOT_STARTED, 0));
            ItemStatus status = item.itemId.equals(COST_PRACTICE_ITEM) && practised ? ItemStatus.COMPLETED : state.status();
            items.add(new ModuleProgress.ItemView(item.itemId, item.kind, item.title, item.estimatedMinutes, status,
                    state.minutesSpent()));
        }
        List<ModuleProgress.ItemView> counted = items.stream().filter(i -> !i.kind().equals(NEXT_STEP)).toList();
        List<ModuleProgress.ItemView> completed = counted.stream().filter(i -> i.status() == ItemStatus.COMPLETED).toList();
        int totalMinutes = counted.stream().mapToInt(ModuleProgress.ItemView::estimatedMinutes).sum();
        int completedMinutes = completed.stream().mapToInt(ModuleProgress.ItemView::estimatedMinutes).sum();
        BigDecimal percent = totalMinutes > 0 ? percent(completedMinutes, totalMinutes)
                : percent(completed.size(), Math.max(1, counted.size()));
        List<ModuleProgress.ItemView> nextSteps = items.stream().filter(i -> i.kind().equals(NEXT_STEP)).toList();
        return new ModuleProgress(module.moduleId, module.version, module.title, items, completed.size(), counted.size(),
                percent, items.stream().mapToInt(ModuleProgress.ItemView::minutesSpent).sum(),
                new ModuleProgress.Estimate(module.estimatedHoursMin * 60, module.estimatedHoursMax * 60, totalMinutes),
                totalMinutes - completedMinutes, next(counted).orElse(null),
                new ModuleProgress.CostPractice(costPasses, COST_PRACTICE_TARGET, practised),
                new ModuleProgress.NextSteps(
                        (int) nextSteps.stream().filter(i -> i.status() == ItemStatus.COMPLETED).count(), nextSteps.size()));
    }

    /**
     * Refuses a change the learner cannot make: the cost practice item, once completed by cost passes, stays completed
     * (the passes decide it, so reopening it would change nothing).
     */
    static void checkChange(String itemId, ItemStatus status, long costPasses) {
        if (itemId.equals(COST_PRACTICE_ITEM) && costPasses >= COST_PRACTICE_TARGET && status != ItemStatus.COMPLETED) {
            throw InvalidInput.conflict("status",
                    itemId + " is completed by your " + costPasses + " cost passes (the target is "
                            + COST_PRACTICE_TARGET + ") and cannot be set to " + status);
        }
    }

    private static Optional<ModuleProgress.ItemView> next(List<ModuleProgress.ItemView> items) {
        return items.stream().filter(i -> i.status() == ItemStatus.IN_PROGRESS).findFirst()
                .or(() -> items.stream().filter(i -> i.status() == ItemStatus.NOT_STARTED)
                        .min(Comparator.comparing((ModuleProgress.ItemView i) -> i.estimatedMinutes() == 0)));
    }

    private static BigDecimal percent(int part, int whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
