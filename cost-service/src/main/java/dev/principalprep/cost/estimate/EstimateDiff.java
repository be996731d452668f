package dev.principalprep.cost.estimate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.principalprep.cost.pricing.PriceRate.Component;

/** How a second estimate differs from a first, component by component, like a cost diff. */
@Schema(name = "EstimateDiff")
public record EstimateDiff(UUID base, UUID other, List<ComponentDiff> components, ComponentDiff total,
        List<String> notes) {

    /** One component's monthly range in both estimates and the change (other minus base). */
    @Schema(name = "ComponentDiff")
    public record ComponentDiff(String component, BigDecimal baseLow, BigDecimal baseHigh, BigDecimal otherLow,
            BigDecimal otherHigh, BigDecimal deltaLow, BigDecimal deltaHigh) {

        static ComponentDiff of(String component, BigDecimal baseLow, BigDecimal baseHigh, BigDecimal otherLow,
                BigDecimal otherHigh) {
            return new ComponentDiff(component, baseLow, baseHigh, otherLow, otherHigh, otherLow.subtract(baseLow),
                    otherHigh.subtract(baseHigh));
        }
    }

    public static EstimateDiff between(UUID baseId, Estimate base, UUID otherId, Estimate other) {
        List<ComponentDiff> components = new ArrayList<>();
        for (Component component : Component.values()) {
            ComponentDiff diff = ComponentDiff.of(component.name(), base.componentLow(component),
                    base.componentHigh(component), other.componentLow(component), other.componentHigh(component));
            if (diff.baseHigh().signum() != 0 || diff.otherHigh().signum() != 0) {
                components.add(diff);
            }
        }
        List<String> notes = new ArrayList<>();
        if (!base.catalog().equals(other.catalog()) || base.catalogVersion() != other.catalogVersion()) {
            notes.add("Priced with different catalogs: " + base.catalog() + " v" + base.catalogVersion() + " and "
                    + other.catalog() + " v" + other.catalogVersion() + "; part of the change is the rates.");
        }
        return new EstimateDiff(baseId, otherId, components,
                ComponentDiff.of("TOTAL", base.totalLow(), base.totalHigh(), other.totalLow(), other.totalHigh()), notes);
    }
}
