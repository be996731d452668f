package dev.principalprep.progress.tracking;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;

/** A learner's state of one item of a module. */
@Entity
@Table(name = "item_progress")
public class ItemProgress extends PanacheEntityBase {

    @EmbeddedId
    public Key key;
    @Enumerated(EnumType.STRING)
    public ItemStatus status;
    @Column(name = "minutes_spent")
    public int minutesSpent;
    @Column(name = "completed_at")
    public OffsetDateTime completedAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    /** One more with every write: the item state's ETag ({@link ItemVersion}). */
    public long version;

    /** What {@link #save} is given when the write has no If-Match. */
    private static final long ANY_VERSION = -1;

    /** The learner's recorded state of each item, by item id, as {@link ProgressCalculator} reads it. */
    public static Map<String, ProgressCalculator.Recorded> byItem(List<ItemProgress> rows) {
        return rows.stream().collect(Collectors.toMap(r -> r.key.itemId,
                r -> new ProgressCalculator.Recorded(r.status, r.minutesSpent)));
    }

    /**
     * Writes the learner's state of an item in one statement; a completion keeps the time of the first one. With a
     * required version (the item's If-Match) the write applies only where the row is still at that version, decided by
     * the database under the row's lock: of two writes from the same read, the second finds the version moved on.
     *
     * @return whether the write applied (false only when the required version is no longer the current one)
     */
    static Uni<Boolean> save(Key key, ItemUpdate update, OffsetDateTime at, OptionalLong requiredVersion) {
        long required = requiredVersion.orElse(ANY_VERSION);
        // A total replaces the stored minutes; a delta (or nothing, a delta of 0) adds to them in the same statement,
        // so two devices adding time at once both count.
        String sql = required > 0 ? """
                update item_progress set status = ?4,
                    minutes_spent = case when ?7 then ?5 else least(minutes_spent + ?5, ?8) end,
                    updated_at = ?6, completed_at = case when ?4 = 'COMPLETED' then completed_at end,
                    version = version + 1
                where learner_id = ?1 and module_id = ?2 and item_id = ?3 and version = ?9"""
                : """
                        insert into item_progress (learner_id, module_id, item_id, status, minutes_spent, completed_at,
                            updated_at, version)
                        values (?1, ?2, ?3, ?4, ?5, null, ?6, 1)
                        on conflict (learner_id, module_id, item_id) do update set status = excluded.status,
                            minutes_spent = case when ?7 then excluded.minutes_spent
                                else least(item_progress.minutes_spent + excluded.minutes_spent, ?8) end,
                            updated_at = excluded.updated_at,
                            completed_at = case when excluded.status = 'COMPLETED' then item_progress.completed_at end,
                            version = item_progress.version + 1
                        where ?9 = -1""";
        return Panache.getSession().chain(session -> session.createNativeQuery(sql)
                .setParameter(1, key.learnerId).setParameter(2, key.moduleId).setParameter(3, key.itemId)
                .setParameter(4, update.status().name()).setParameter(5, update.minutes()).setParameter(6, at)
                .setParameter(7, update.replacesMinutes()).setParameter(8, ItemUpdate.MAX_MINUTES)
                .setParameter(9, required).executeUpdate()).map(written -> written == 1);
    }

    /**
     * One event per fact, decided by the database: sets the completion time only where there is none yet, so of any
     * number of requests completing the item at once exactly one is told it was the first (the row lock taken by
     * {@link #save} orders them, and the later ones find the time already set).
     */
    static Uni<Boolean> firstCompletion(Key key, OffsetDateTime at) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "update item_progress set completed_at = ?4 where learner_id = ?1 and module_id = ?2 and item_id = ?3 "
                        + "and completed_at is null")
                .setParameter(1, key.learnerId).setParameter(2, key.moduleId).setParameter(3, key.itemId)
                .setParameter(4, at).executeUpdate()).map(updated -> updated == 1);
    }

    /**
     * Serializes first completions of one learner's module until the transaction ends, so the completion that finishes
     * the module sees every other one committed: exactly one of them announces ModuleCompleted, even when the last two
     * items are completed at the same moment.
     */
    static Uni<Void> lockModule(String learnerId, String moduleId) {
        // Run as an update, for its effect only: Hibernate 7.2 keeps no plan of a native query that returns rows, and
        // each run would add one to its query plan cache.
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, learnerId + "\n" + moduleId).executeUpdate()).replaceWithVoid();
    }

    /** Learner, module and item. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "learner_id")
        public String learnerId;
        @Column(name = "module_id")
        public String moduleId;
        @Column(name = "item_id")
        public String itemId;

        public Key() {
        }

        public Key(String learnerId, String moduleId, String itemId) {
            this.learnerId = learnerId;
            this.moduleId = moduleId;
            this.itemId = itemId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && learnerId.equals(key.learnerId) && moduleId.equals(key.moduleId)
                    && itemId.equals(key.itemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(learnerId, moduleId, itemId);
        }
    }
}
