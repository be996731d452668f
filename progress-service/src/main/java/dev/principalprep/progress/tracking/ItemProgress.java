package dev.principalprep.progress.tracking;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

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

    /** The learner's recorded state of each item, by item id, as {@link ProgressCalculator} reads it. */
    public static Map<String, ProgressCalculator.Recorded> byItem(List<ItemProgress> rows) {
        return rows.stream().collect(Collectors.toMap(r -> r.key.itemId,
                r -> new ProgressCalculator.Recorded(r.status, r.minutesSpent)));
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
