package dev.principalprep.content.authoring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where to move a section or item: a 0-based index in its list (past the end means last). */
@Schema(name = "Position", example = "{\"position\": 0}")
public record Position(
        @Schema(description = "the new index in its list, from 0") @NotNull @Min(0) @Max(1000) Integer position) {
}
