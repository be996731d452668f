package dev.principalprep.progress.stories;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a story meets the module's principal-level traits, the STAR structure and plain credibility, point by point. */
@Schema(name = "StoryCheck")
public record StoryCheck(List<Finding> findings, @Schema(description = "traits of a strong story met") int traitsMet,
        @Schema(description = "traits checked") int traitsTotal, @Schema(description = "STAR parts present") int structureMet,
        @Schema(description = "STAR parts checked") int structureTotal,
        @Schema(description = "credibility checks met") int credibilityMet,
        @Schema(description = "credibility checks made") int credibilityTotal) {

    /** One rule: met or not, with the words that met it quoted, or what is missing. */
    @Schema(name = "StoryFinding")
    public record Finding(String rule, Kind kind, boolean met, String evidence) {
    }

    /** A principal-level trait of the module, a rule of STAR structure, or a sign the story is told honestly. */
    public enum Kind {
        TRAIT,
        STRUCTURE,
        /** Claims owned rather than negated or hedged, and no stuffing with trait terms. */
        CREDIBILITY
    }
}
