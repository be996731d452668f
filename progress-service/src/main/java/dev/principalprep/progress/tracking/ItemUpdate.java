package dev.principalprep.progress.tracking;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The learner's state of an item: its status, and optionally the time spent, either as the item's total
 * ({@code minutesSpent}: PUT it again and nothing changes) or as minutes to add ({@code minutesAdded}). Without either,
 * the time stored so far stays, so ticking an item done needs nothing but its status.
 */
@Schema(name = "ItemUpdate", example = "{\"status\": \"COMPLETED\"}")
public record ItemUpdate(
        @Schema(description = "the item's new status; COMPLETED alone is enough to tick the item done") @NotNull ItemStatus status,
        @Schema(description = "total minutes spent on the item, 0 to 6,000; leave out to keep the time stored", nullable = true) @Min(0) @Max(6000) Integer minutesSpent,
        @Schema(description = "minutes to add to the time stored, 1 to 600 (the total stays at most 6,000); not with minutesSpent", nullable = true) @Min(1) @Max(600) Integer minutesAdded) {

    /** The most minutes an item's total can reach. */
    static final int MAX_MINUTES = 6000;

    @JsonIgnore
    @AssertTrue(message = "send minutesSpent (the total) or minutesAdded (a delta), not both")
    boolean isOneWayOfCountingTime() {
        return minutesSpent == null || minutesAdded == null;
    }

    /** Whether the minutes replace the stored total rather than add to it. */
    boolean replacesMinutes() {
        return minutesSpent != null;
    }

    /** The total to store, or the minutes to add (0 when none were sent). */
    int minutes() {
        return minutesSpent != null ? minutesSpent : minutesAdded == null ? 0 : minutesAdded;
    }
}
