package dev.principalprep.progress.skills;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One self-assessment of a learner against a module's matrix: a level per skill. */
@Entity
@Table(name = "skill_assessment")
public class SkillAssessment extends PanacheEntityBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Id
    public UUID id;
    @Column(name = "learner_id")
    public String learnerId;
    @Column(name = "module_id")
    public String moduleId;
    /** Levels by skill id, as a JSON object. */
    public String levels;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    public Map<String, Integer> levelMap() {
        try {
            return JSON.readValue(levels, new TypeReference<Map<String, Integer>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored levels unreadable", e);
        }
    }

    void levelMap(Map<String, Integer> given) {
        try {
            levels = JSON.writeValueAsString(new java.util.TreeMap<>(given));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
