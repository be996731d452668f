package dev.principalprep.progress.skills;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every assessment, oldest first, with each skill's change since the one before. */
@Schema(name = "AssessmentHistory")
public record AssessmentHistory(List<Entry> assessments) {

    /** One assessment and how its levels moved. */
    @Schema(name = "AssessmentHistoryEntry")
    public record Entry(UUID id, OffsetDateTime recordedAt, Map<String, Integer> levels, Map<String, Integer> changes) {
    }
}
