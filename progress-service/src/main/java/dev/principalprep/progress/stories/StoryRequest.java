package dev.principalprep.progress.stories;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A STAR story as its author writes it; every part is required, each at most 4,000 characters. */
@Schema(name = "StoryRequest", example = """
        {"title": "Halving the data platform bill",
         "situation": "Our data platform costs increased 3x in 6 months, reaching $500K/month, while query performance degraded.",
         "task": "I was tasked with identifying root causes and optimizing costs while maintaining or improving performance.",
         "action": "I led a cross-team initiative: I analyzed cost drivers, found a small files problem, implemented continuous compaction, moved batch workloads to spot instances and archived 60% of data.",
         "result": "Reduced monthly costs by 55% ($275K savings) while improving query performance by 3x.",
         "themes": ["INFLUENCE", "COST_SAVINGS"]}""")
public record StoryRequest(
        @Schema(description = "a short title to find the story by, 1 to 120 characters") @NotBlank @Size(max = 120) String title,
        @Schema(description = "STAR situation: the context and the problem, up to 4,000 characters") @NotBlank @Size(max = 4000) String situation,
        @Schema(description = "STAR task: what you had to achieve, up to 4,000 characters") @NotBlank @Size(max = 4000) String task,
        @Schema(description = "STAR action: what you did, told with I, up to 4,000 characters") @NotBlank @Size(max = 4000) String action,
        @Schema(description = "STAR result: the outcome with a measured change, up to 4,000 characters") @NotBlank @Size(max = 4000) String result,
        @Schema(description = "what the story can answer, at most 7, no repeats; leave out for none") @Size(max = 7) Set<@NotNull Theme> themes) {
}
