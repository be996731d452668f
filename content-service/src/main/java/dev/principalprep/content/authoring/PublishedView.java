package dev.principalprep.content.authoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a publish: the new version, and the draft revision it was made from. */
@Schema(name = "Publication")
public record PublishedView(String moduleId, int version, int fromRevision, int items, int estimatedMinutes) {
}
