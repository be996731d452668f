package dev.principalprep.progress.skills;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A learner's own hours per level for a module's skills plan, in place of the defaults. */
@Entity
@Table(name = "skill_hours")
@IdClass(SkillHours.Key.class)
public class SkillHours extends PanacheEntityBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Id
    @Column(name = "learner_id")
    public String learnerId;
    @Id
    @Column(name = "module_id")
    public String moduleId;
    /** Hours by level 1 to 4, as a JSON object. */
    public String hours;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    Map<Integer, Integer> hoursMap() {
        try {
            return new TreeMap<>(JSON.readValue(hours, new TypeReference<Map<Integer, Integer>>() {
            }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored hours unreadable", e);
        }
    }

    void hoursMap(Map<Integer, Integer> given) {
        try {
            hours = JSON.writeValueAsString(new TreeMap<>(given));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Learner and module. */
    public static class Key implements Serializable {
        public String learnerId;
        public String moduleId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(learnerId, key.learnerId)
                    && Objects.equals(moduleId, key.moduleId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(learnerId, moduleId);
        }
    }
}
