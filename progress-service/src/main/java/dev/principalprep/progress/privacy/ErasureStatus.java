package dev.principalprep.progress.privacy;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an erasure stands: done once every service that holds learner data has erased it. */
@Schema(name = "ErasureStatus")
public record ErasureStatus(@Schema(description = "the erasure request's id, as in its Location") UUID erasureId,
        @Schema(description = "COMPLETED once every service has erased; PENDING until then") State status,
        @Schema(description = "when the erasure was asked for, ISO 8601 date-time in UTC") OffsetDateTime requestedAt,
        @Schema(description = "self, or the ld-admin who asked") String requestedBy,
        @Schema(description = "when the last service finished, ISO 8601 date-time in UTC; null while pending", nullable = true) OffsetDateTime completedAt,
        @Schema(description = "each service that holds learner data, and where it stands") List<Part> services) {

    /** Pending until done. */
    public enum State {
        PENDING,
        COMPLETED
    }

    /** One service's erasure. */
    @Schema(name = "ErasurePart")
    public record Part(
            @Schema(description = "the service that holds learner data, such as progress-service or cost-service") String service,
            @Schema(description = "PENDING until this service has erased the learner's data, then COMPLETED") State status,
            @Schema(description = "when this service finished erasing, ISO 8601 date-time in UTC; null while pending", nullable = true) OffsetDateTime completedAt) {
    }

    /** One service as stored: erased at a time, or not yet. */
    record Row(String service, OffsetDateTime erasedAt) {
    }

    static ErasureStatus of(UUID erasureId, OffsetDateTime requestedAt, String requestedBy, List<Row> rows) {
        List<Part> parts = rows.stream().sorted(Comparator.comparing(Row::service))
                .map(row -> new Part(row.service(), row.erasedAt() == null ? State.PENDING : State.COMPLETED,
                        row.erasedAt()))
                .toList();
        boolean done = rows.stream().allMatch(row -> row.erasedAt() != null);
        OffsetDateTime completedAt = done ? rows.stream().map(Row::erasedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(requestedAt) : null;
        return new ErasureStatus(erasureId, done ? State.COMPLETED : State.PENDING, requestedAt, requestedBy,
                completedAt, parts);
    }
}
