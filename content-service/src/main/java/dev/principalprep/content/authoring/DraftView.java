package dev.principalprep.content.authoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.principalprep.content.modules.ModuleContent;

/** A module's draft as its authors see it: the revision to send back in If-Match, and the last published version. */
@Schema(name = "Draft")
public record DraftView(@Schema(description = "the id of the module the draft is of") String moduleId,
        @Schema(description = "the draft's revision, sent back in If-Match") int revision,
        @Schema(description = "the latest published version; null before the first publication", nullable = true) Integer publishedVersion,
        @Schema(description = "the draft's content, as the next publication will publish it") ModuleContent content) {
}
