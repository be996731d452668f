package dev.principalprep.progress.tracking;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The learner's state of an item as a whole: PUT it again and nothing changes. */
@Schema(name = "ItemUpdate", example = "{\"status\": \"COMPLETED\", \"minutesSpent\": 40}")
public record ItemUpdate(@NotNull ItemStatus status,
        @Schema(description = "total minutes spent on the item, 0 to 6,000") @NotNull @Min(0) @Max(6000) Integer minutesSpent) {
}
