package dev.principalprep.progress.xapi;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import dev.principalprep.progress.tracking.ItemStatus;
import dev.principalprep.progress.tracking.ModuleProgress;
import io.smallrye.mutiny.Uni;

/**
 * The statements of a change to a learner's module, from its progress after the change, in the change's transaction:
 * a completion is stated once while it stands (whether by hand or by cost passes), the module's completion once when its
 * last item is done, its progress otherwise; an undo voids the completions it takes back.
 */
@ApplicationScoped
public class ProgressStatements {

    private final StatementLog log;

    public ProgressStatements(StatementLog log) {
        this.log = log;
    }

    /** An item completed by hand. */
    public Uni<Void> itemCompleted(String learner, ModuleProgress after, String itemId, OffsetDateTime at) {
        ModuleProgress.ItemView item = item(after, itemId);
        return once(learner, Statements.itemCompleted(learner, after.moduleId(), after.title(), itemId, item.title(),
                item.minutesSpent(), at))
                .chain(stated -> stated ? moduleChanged(learner, after, at) : Uni.createFrom().voidItem());
    }

    /** The cost practice item completed by the learner's cost passes, in one module that has it. */
    public Uni<Void> costPracticeCompleted(String learner, ModuleProgress after, String itemId, long passes,
            OffsetDateTime at) {
        ModuleProgress.ItemView item = item(after, itemId);
        return once(learner, Statements.costPracticeCompleted(learner, after.moduleId(), after.title(), itemId,
                item.title(), passes, at))
                .chain(stated -> stated ? moduleChanged(learner, after, at) : Uni.createFrom().voidItem());
    }

    /**
     * An item set back from completed: its completion and the module's are voided where they no longer hold, and the
     * module's lower progress is stated.
     */
    public Uni<Void> itemReopened(String learner, ModuleProgress after, String itemId, OffsetDateTime at) {
        ModuleProgress.ItemView item = item(after, itemId);
        if (item.status() == ItemStatus.COMPLETED) {
            return Uni.createFrom().voidItem();
        }
        return log.voidStanding(learner, Statements.Verb.COMPLETED, Statements.item(after.moduleId(), itemId, "").id(), at)
                .chain(items -> log.voidStanding(learner, Statements.Verb.COMPLETED,
                        Statements.module(after.moduleId(), after.title()).id(), at).map(modules -> items + modules))
                .chain(voided -> voided == 0 ? Uni.createFrom().voidItem()
                        : log.append(Statements.moduleProgressed(learner, after.moduleId(), after.title(),
                                after.percentComplete(), after.minutesSpent(), at)));
    }

    private Uni<Void> moduleChanged(String learner, ModuleProgress after, OffsetDateTime at) {
        if (after.itemsCompleted() < after.itemsTotal()) {
            return log.append(Statements.moduleProgressed(learner, after.moduleId(), after.title(),
                    after.percentComplete(), after.minutesSpent(), at));
        }
        return once(learner, Statements.moduleCompleted(learner, after.moduleId(), after.title(), after.minutesSpent(), at))
                .replaceWithVoid();
    }

    /** Appends a completion unless one already stands; tells whether it did. */
    private Uni<Boolean> once(String learner, Statements.Draft completion) {
        return log.stands(learner, completion.verb(), completion.objectId()).chain(
                standing -> standing ? Uni.createFrom().item(false) : log.append(completion).replaceWith(true));
    }

    private static ModuleProgress.ItemView item(ModuleProgress progress, String itemId) {
        return progress.items().stream().filter(i -> i.id().equals(itemId)).findFirst().orElseThrow();
    }
}
