package dev.principalprep.progress.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A trackable item of a module, in curriculum order. */
@Entity
@Table(name = "curriculum_item")
public class CurriculumItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne
    @JoinColumn(name = "module_id")
    public CurriculumModule module;
    @Column(name = "item_id")
    public String itemId;
    public String kind;
    public String title;
    @Column(name = "estimated_minutes")
    public int estimatedMinutes;
    public int position;
    /** The item's attributes as published, a JSON object of strings, or null. */
    public String attributes;
}
