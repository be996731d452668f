package dev.principalprep.cost.estimate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new name for a saved estimate; the figures never change. */
@Schema(name = "EstimateRename")
public record EstimateRename(
        @Schema(description = "the estimate's new name, not blank (up to 120 characters)", example = "Clickstream platform, second pass") @NotBlank @Size(max = 120) String name) {
}
