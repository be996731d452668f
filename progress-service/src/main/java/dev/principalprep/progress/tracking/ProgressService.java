package dev.principalprep.progress.tracking;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import dev.principalprep.delivery.postgres.Outbox;
import dev.principalprep.events.ItemCompleted;
import dev.principalprep.events.ModuleCompleted;
import dev.principalprep.events.Topics;
import dev.principalprep.problems.InvalidInput;
import dev.principalprep.progress.costpractice.CostPass;
import dev.principalprep.progress.curriculum.CurriculumModule;
import dev.principalprep.progress.curriculum.CurriculumRepository;
import dev.principalprep.progress.xapi.ProgressStatements;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Records learners' item states and computes their progress against the curriculum read model. */
@ApplicationScoped
public class ProgressService {

    private final CurriculumRepository curriculum;
    private final Outbox outbox;
    private final ProgressStatements statements;

    public ProgressService(CurriculumRepository curriculum, Outbox outbox, ProgressStatements statements) {
        this.curriculum = curriculum;
        this.outbox = outbox;
        this.statements = statements;
    }

    /**
     * Sets the learner's state of an item. The database decides which request completed the item first (see
     * {@link ItemProgress#firstCompletion}): that one alone announces it, however many arrive at once or are retried.
     * With a required version (If-Match) the write applies only at that version, else it is refused with 412.
     */
    @WithTransaction
    public Uni<ItemState> mark(String learner, String moduleId, String itemId, ItemUpdate update,
            OptionalLong requiredVersion) {
        return curriculum.requireWithItems(moduleId).chain(module -> {
            if (module.items.stream().noneMatch(i -> i.itemId.equals(itemId))) {
                throw new InvalidInput("itemId", "module " + moduleId + " has no item " + itemId);
            }
            ItemProgress.Key key = new ItemProgress.Key(learner, moduleId, itemId);
            OffsetDateTime now = OffsetDateTime.now();
            return CostPass.countFor(learner)
                    .invoke(passes -> ProgressCalculator.checkChange(itemId, update.status(), passes))
                    .chain(() -> ItemProgress.save(key, update, now, requiredVersion))
                    .invoke(applied -> {
                        if (!applied) {
                            throw ItemVersion.stale("The item changed since the ETag in If-Match; read it again");
                        }
                    })
                    .chain(() -> update.status() == ItemStatus.COMPLETED ? ItemProgress.firstCompletion(key, now)
                            : Uni.createFrom().item(false))
                    .chain(first -> (first ? ItemProgress.lockModule(learner, moduleId) : Uni.createFrom().voidItem())
                            .chain(() -> progress(learner, module))
                            .call(after -> first ? announce(learner, module, itemId, now, after)
                                    : Uni.createFrom().voidItem())
                            .call(after -> first ? statements.itemCompleted(learner, after, itemId, now)
                                    : update.status() == ItemStatus.COMPLETED ? Uni.createFrom().voidItem()
                                            : statements.itemReopened(learner, after, itemId, now)))
                    .chain(after -> state(after, key));
        });
    }

    /** The learner's state of one item, with its version; 404 when the module has no such item. */
    @WithSession
    public Uni<ItemState> item(String learner, String moduleId, String itemId) {
        return curriculum.requireWithItems(moduleId).chain(module -> {
            if (module.items.stream().noneMatch(i -> i.itemId.equals(itemId))) {
                throw new NotFoundException("Module " + moduleId + " has no item " + itemId);
            }
            return progress(learner, module).chain(after -> state(after, new ItemProgress.Key(learner, moduleId, itemId)));
        });
    }

    private static Uni<ItemState> state(ModuleProgress module, ItemProgress.Key key) {
        return ItemProgress.<ItemProgress> findById(key)
                .map(row -> ItemState.of(module, key.itemId, row == null ? 0 : row.version));
    }

    /** ItemCompleted for a first completion, and ModuleCompleted when it was the last item, in this transaction. */
    private Uni<Void> announce(String learner, CurriculumModule module, String itemId, OffsetDateTime completedAt,
            ModuleProgress after) {
        ModuleProgress.ItemView item = after.items().stream().filter(i -> i.id().equals(itemId)).findFirst().orElseThrow();
        String at = completedAt.toInstant().toString();
        Uni<Void> itemEvent = outbox.append(Topics.PROGRESS_EVENTS, learner, ItemCompleted.TYPE, learner,
                new ItemCompleted(learner, module.moduleId, module.version, itemId, item.kind(), item.title(),
                        item.minutesSpent(), at))
                .replaceWithVoid();
        if (after.itemsCompleted() < after.itemsTotal()) {
            return itemEvent;
        }
        return itemEvent.chain(() -> outbox.append(Topics.PROGRESS_EVENTS, learner, ModuleCompleted.TYPE, learner,
                new ModuleCompleted(learner, module.moduleId, module.version, after.minutesSpent(), at))).replaceWithVoid();
    }

    @WithSession
    public Uni<ModuleProgress> moduleProgress(String learner, String moduleId) {
        return curriculum.requireWithItems(moduleId).chain(module -> progress(learner, module));
    }

    @WithSession
    public Uni<List<ModuleProgress>> allModules(String learner) {
        return curriculum.listWithItems().chain(modules -> CostPass.countFor(learner).chain(passes -> ItemProgress
                .<ItemProgress> list("key.learnerId", learner).map(rows -> modules.stream()
                        .map(module -> ProgressCalculator.of(module,
                                ItemProgress.byItem(rows.stream().filter(r -> r.key.moduleId.equals(module.moduleId)).toList()),
                                passes))
                        .toList())));
    }

    private Uni<ModuleProgress> progress(String learner, CurriculumModule module) {
        return CostPass.countFor(learner).chain(passes -> ItemProgress
                .<ItemProgress> list("key.learnerId = ?1 and key.moduleId = ?2", learner, module.moduleId)
                .map(rows -> ProgressCalculator.of(module, ItemProgress.byItem(rows), passes)));
    }

}
