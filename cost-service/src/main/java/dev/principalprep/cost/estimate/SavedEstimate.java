package dev.principalprep.cost.estimate;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.principalprep.cost.pricing.PriceCatalog;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** An estimate as its owner saved it: the workload and the answer, tied to the catalog version that priced it. */
@Entity
@Table(name = "estimate")
public class SavedEstimate extends PanacheEntityBase {

    @Id
    public UUID id;
    public String owner;
    public String name;
    public String preset;
    @ManyToOne
    @JoinColumn(name = "catalog_id")
    public PriceCatalog catalog;
    public String workload;
    public String result;
    @Column(name = "total_low")
    public BigDecimal totalLow;
    @Column(name = "total_high")
    public BigDecimal totalHigh;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
