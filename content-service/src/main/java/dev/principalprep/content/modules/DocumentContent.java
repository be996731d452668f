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
        @NotNull @Pattern(regexp = Slugs.PATTERN) String id,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 500) String description,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> keyTopics,
        @Size(max = 50) List<@Valid @NotNull Section> sections) {

    public DocumentContent {
        keyTopics = keyTopics == null ? List.of() : List.copyOf(keyTopics);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }
}
