package dev.principalprep.progress.curriculum;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A module as content-service last published it. */
@Entity
@Table(name = "curriculum_module")
public class CurriculumModule extends PanacheEntityBase {

    @Id
    @Column(name = "module_id")
    public String moduleId;
    public int version;
    public String title;
    @Column(name = "estimated_hours_min")
    public int estimatedHoursMin;
    @Column(name = "estimated_hours_max")
    public int estimatedHoursMax;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<CurriculumItem> items = new ArrayList<>();
}
