package dev.principalprep.progress.cohorts;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cohort an ld-admin names: its learners, whatever their tokens' groups. */
@Schema(name = "NamedCohort")
public record NamedCohort(
        @Schema(description = "The cohort's id, as in the path", example = "data-platform-2026") String cohortId,
        @Schema(description = "What the cohort is", example = "Data platform intake 2026") String name,
        @Schema(description = "Learner ids (token subjects), sorted") List<String> learners,
        @Schema(description = "The ld-admin who last wrote it") String updatedBy,
        @Schema(description = "When it was last written (UTC)") OffsetDateTime updatedAt) {

    /** What an ld-admin writes. */
    @Schema(name = "NamedCohortRequest", example = "{\"name\": \"Data platform intake 2026\", \"learners\": [\"learner-1\", \"learner-2\"]}")
    public record Request(
            @Schema(description = "What the cohort is, 1 to 200 characters") @NotBlank @Size(max = 200) String name,
            @Schema(description = "Learner ids (token subjects), at most 5,000") @NotNull @Size(max = 5000) Set<@NotNull @Pattern(regexp = "[A-Za-z0-9._@-]{1,128}", message = "must be a learner id: letters, digits, . _ @ -, 1 to 128") String> learners) {
    }
}
