package dev.principalprep.progress.stories;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a story meets the module's principal-level traits, the STAR structure and plain credibility, point by point. */
@Schema(name = "StoryCheck")
public record StoryCheck(
        @Schema(description = "every rule checked, traits first, then structure, then credibility, each met or not with its evidence") List<Finding> findings,
        @Schema(description = "principal-level traits the story shows") int traitsMet,
        @Schema(description = "traits checked: the module's five (scope, complexity, leadership, business impact, cost awareness)") int traitsTotal,
        @Schema(description = "structure rules met") int structureMet,
        @Schema(description = "structure rules checked (8): each STAR part present, their order, a result with a change, an action in the first person, the length") int structureTotal,
        @Schema(description = "credibility rules met") int credibilityMet,
        @Schema(description = "credibility rules checked (2): claims owned, no keyword stuffing") int credibilityTotal) {

    /** One rule: met or not, with the words that met it quoted, or what is missing. */
    @Schema(name = "StoryFinding")
    public record Finding(
            @Schema(description = "the rule's name, such as SCOPE, LEADERSHIP, STAR_ORDER, LENGTH or OWNED_CLAIMS") String rule,
            @Schema(description = "what the rule checks: TRAIT a principal-level trait, STRUCTURE the STAR structure, CREDIBILITY that claims are owned and not stuffed") Kind kind,
            @Schema(description = "true when the story meets the rule") boolean met,
            @Schema(description = "when met, the story's words that meet it, quoted, or what was measured; when not, missing: then what is missing or why the words did not count") String evidence) {
    }

    /** A principal-level trait of the module, a rule of STAR structure, or a sign the story is told honestly. */
    @Schema(name = "Kind", description = "what a rule checks: TRAIT a principal-level trait of the module, STRUCTURE the STAR structure, CREDIBILITY that claims are owned (not negated or hedged) and not stuffed with trait terms")
    public enum Kind {
        TRAIT,
        STRUCTURE,
        /** Claims owned rather than negated or hedged, and no stuffing with trait terms. */
        CREDIBILITY
    }
}
