package dev.principalprep.content.authoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.principalprep.content.modules.ModuleContent;

/** A module's draft as its authors see it: the revision to send back in If-Match, and the last published version. */
@Schema(name = "Draft")
public record DraftView(String moduleId, int revision, Integer publishedVersion, ModuleContent content) {
}
