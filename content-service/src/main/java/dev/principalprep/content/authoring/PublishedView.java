package dev.principalprep.content.authoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a publish: the new version, and the draft revision it was made from. */
@Schema(name = "Publication")
public record PublishedView(String moduleId, @Schema(description = "the version published") int version,
        @Schema(description = "the draft revision it was made from") int fromRevision,
        @Schema(description = "trackable items in it") int items,
        @Schema(description = "the sum of the items' estimated minutes") int estimatedMinutes) {
}
