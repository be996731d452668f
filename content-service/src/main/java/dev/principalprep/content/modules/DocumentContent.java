package dev.principalprep.content.modules;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One document of a module (System Design Framework, Behavioral Interviews, ...), with its sections. */
@Schema(name = "Document")
public record DocumentContent(
        @Schema(description = "the document's id, a slug unique in the module") @NotNull @Pattern(regexp = Slugs.PATTERN) String id,
        @Schema(description = "the document's title") @NotBlank @Size(max = 200) String title,
        @Schema(description = "what the document covers, in a few words (up to 500 characters)") @Size(max = 500) String description,
        @Schema(description = "the document's key topics, each a short phrase (up to 20)") @Size(max = 20) List<@NotBlank @Size(max = 100) String> keyTopics,
        @Schema(description = "the document's sections, in reading order (up to 50)") @Size(max = 50) List<@Valid @NotNull Section> sections) {

    public DocumentContent {
        keyTopics = keyTopics == null ? List.of() : List.copyOf(keyTopics);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }
}
