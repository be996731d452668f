package dev.principalprep.cost.estimate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.principalprep.cost.pricing.PriceRate.Component;

/** How a second estimate differs from a first, component by component, like a cost diff. */
@Schema(name = "EstimateDiff")
public record EstimateDiff(@Schema(description = "the id of the estimate in the path, compared against") UUID base,
        @Schema(description = "the id of the other estimate, from the against parameter") UUID other,
        @Schema(description = "the change per component priced in either estimate, in the order STORAGE, COMPUTE, STREAMING, SERVING") List<ComponentDiff> components,
        @Schema(description = "the change in the totals, as component TOTAL") ComponentDiff total,
        @Schema(description = "what the figures do not say alone: a component priced on one side only, different catalogs") List<String> notes) {

    /** Where a component is priced: in both estimates, or in one of them only. */
    @Schema(name = "Presence", description = "which estimates price the component: BOTH, BASE_ONLY (the estimate in the path) or OTHER_ONLY (the against estimate)")
    public enum Presence {
        BOTH,
        BASE_ONLY,
        OTHER_ONLY
    }

    /** One component's monthly range in both estimates and the change (other minus base). */
    @Schema(name = "ComponentDiff")
    public record ComponentDiff(
            @Schema(description = "the component compared (STORAGE, COMPUTE, STREAMING or SERVING), or TOTAL for the totals") String component,
            @Schema(description = "which of the two estimates price the component") Presence presence,
            @Schema(description = "the base estimate's low end for the component, in USD per month; 0 when it does not price it") BigDecimal baseLow,
            @Schema(description = "the base estimate's high end for the component, in USD per month; 0 when it does not price it") BigDecimal baseHigh,
            @Schema(description = "the other estimate's low end for the component, in USD per month; 0 when it does not price it") BigDecimal otherLow,
            @Schema(description = "the other estimate's high end for the component, in USD per month; 0 when it does not price it") BigDecimal otherHigh,
            @Schema(description = "otherLow minus baseLow, in USD per month") BigDecimal deltaLow,
            @Schema(description = "otherHigh minus baseHigh, in USD per month") BigDecimal deltaHigh) {

        static ComponentDiff of(String component, Presence presence, BigDecimal baseLow, BigDecimal baseHigh,
                BigDecimal otherLow, BigDecimal otherHigh) {
            return new ComponentDiff(component, presence, baseLow, baseHigh, otherLow, otherHigh,
                    otherLow.subtract(baseLow), otherHigh.subtract(baseHigh));
        }
    }

    public static EstimateDiff between(UUID baseId, Estimate base, UUID otherId, Estimate other) {
        List<ComponentDiff> components = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Component component : Component.values()) {
            boolean inBase = base.prices(component);
            boolean inOther = other.prices(component);
            if (!inBase && !inOther) {
                continue;
            }
            Presence presence = inBase && inOther ? Presence.BOTH : inBase ? Presence.BASE_ONLY : Presence.OTHER_ONLY;
            components.add(ComponentDiff.of(component.name(), presence, base.componentLow(component),
                    base.componentHigh(component), other.componentLow(component), other.componentHigh(component)));
            if (presence != Presence.BOTH) {
                String missing = inBase ? "other" : "base";
                notes.add(component.name() + " is priced only in the " + (inBase ? "base" : "other") + " estimate: its "
                        + "change is that whole line, not a saving or a cost. " + why(inBase ? other : base, missing,
                                component));
            }
        }
        if (!base.catalog().equals(other.catalog()) || base.catalogVersion() != other.catalogVersion()) {
            notes.add("Priced with different catalogs: " + base.catalog() + " v" + base.catalogVersion() + " and "
                    + other.catalog() + " v" + other.catalogVersion() + "; part of the change is the rates.");
        }
        return new EstimateDiff(baseId, otherId, components, ComponentDiff.of("TOTAL", Presence.BOTH, base.totalLow(),
                base.totalHigh(), other.totalLow(), other.totalHigh()), notes);
    }

    private static String why(Estimate missing, String which, Component component) {
        return missing.notPriced().stream().filter(n -> n.component() == component).findFirst()
                .map(n -> "The " + which + " estimate lists it as not priced: " + n.reason() + " (give "
                        + String.join(" or ", n.inputs()) + ").")
                .orElse("The " + which + " estimate's workload has no " + component.name().toLowerCase() + ".");
    }
}
