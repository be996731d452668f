package dev.principalprep.progress.skills;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every assessment, oldest first, with each skill's change since the one before. */
@Schema(name = "AssessmentHistory")
public record AssessmentHistory(
        @Schema(description = "every self-assessment of the module, oldest first") List<Entry> assessments) {

    /** One assessment and how its levels moved. */
    @Schema(name = "AssessmentHistoryEntry")
    public record Entry(@Schema(description = "the self-assessment's id, given when it was recorded") UUID id,
            @Schema(description = "when it was recorded, ISO 8601 date-time with its UTC offset") OffsetDateTime recordedAt,
            @Schema(description = "the level given for each skill, 0 (none) to 4 (expert), keyed by skill id") Map<String, Integer> levels,
            @Schema(description = "each skill's level minus its level in the assessment before (-4 to 4), keyed by skill id; empty for the first") Map<String, Integer> changes) {
    }
}
