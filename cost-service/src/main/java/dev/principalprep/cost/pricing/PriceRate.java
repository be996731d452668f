package dev.principalprep.cost.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A price per unit, as a range where the source gives one, with where it comes from. */
@Entity
@Table(name = "price_rate")
public class PriceRate extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne
    @JoinColumn(name = "catalog_id")
    public PriceCatalog catalog;
    @Column(name = "rate_key")
    public String rateKey;
    public String label;
    @Enumerated(EnumType.STRING)
    public Component component;
    public String unit;
    public BigDecimal low;
    public BigDecimal high;
    @Enumerated(EnumType.STRING)
    public Basis basis;
    public String source;
    @Column(name = "effective_date")
    public LocalDate effectiveDate;
    /** For a compute rate derived from instance-hours: the instance, its hourly price and its throughput. */
    @Column(name = "instance_type")
    public String instanceType;
    @Column(name = "instance_hourly")
    public BigDecimal instanceHourly;
    @Column(name = "tb_per_instance_hour_low")
    public BigDecimal tbPerInstanceHourLow;
    @Column(name = "tb_per_instance_hour_high")
    public BigDecimal tbPerInstanceHourHigh;

    /** The instance-hours this rate is derived from, or null for a rate not derived from them. */
    public InstanceHours instanceHours() {
        return instanceType == null ? null
                : new InstanceHours(instanceType, instanceHourly, tbPerInstanceHourLow, tbPerInstanceHourHigh);
    }

    /** The parts of a data platform the cost pass prices. */
    public enum Component {
        STORAGE,
        COMPUTE,
        STREAMING,
        SERVING
    }

    /**
     * Whether a rate is a published list price, a rule of thumb for interviews, or derived from a list price with a
     * stated assumption (an instance's hourly price over the TB it processes in an hour).
     */
    @Schema(name = "Basis", description = "LIST_PRICE: a provider's published price; RULE_OF_THUMB: an interview rule of thumb, such as the module's; DERIVED: computed from a list price with a stated assumption")
    public enum Basis {
        RULE_OF_THUMB,
        LIST_PRICE,
        DERIVED
    }
}
