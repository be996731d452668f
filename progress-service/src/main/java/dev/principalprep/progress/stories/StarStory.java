package dev.principalprep.progress.stories;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One STAR story of a learner's bank. */
@Entity
@Table(name = "star_story")
public class StarStory extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "learner_id")
    public String learnerId;
    public String title;
    public String situation;
    public String task;
    public String action;
    public String result;
    /** Comma-separated {@link Theme} names. */
    public String themes;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public Set<Theme> themeSet() {
        return themes.isEmpty() ? Set.of()
                : Arrays.stream(themes.split(",")).map(Theme::valueOf).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    void fill(StoryRequest request) {
        title = request.title().strip();
        situation = request.situation().strip();
        task = request.task().strip();
        action = request.action().strip();
        result = request.result().strip();
        themes = request.themes() == null ? "" : request.themes().stream().map(Theme::name).collect(Collectors.joining(","));
    }
}
