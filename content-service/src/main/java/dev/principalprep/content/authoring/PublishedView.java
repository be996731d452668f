package dev.principalprep.content.authoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a publish: the new version, and the draft revision it was made from. */
@Schema(name = "Publication")
public record PublishedView(@Schema(description = "the id of the module published") String moduleId,
        @Schema(description = "the version published, from 1") int version,
        @Schema(description = "the draft revision it was made from") int fromRevision,
        @Schema(description = "how many items progress tracks in it: every item, and each section with study time of its own") int items,
        @Schema(description = "its study time in minutes: every section's and item's estimated minutes added up") int estimatedMinutes) {
}
