package dev.principalprep.gateway.devtokens;

import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who the token is for and which roles it carries. */
@Schema(name = "DevTokenRequest", example = "{\"subject\": \"learner-1\", \"roles\": [\"learner\"]}")
public record DevTokenRequest(
        @Schema(description = "who the token is for, its sub claim: the learner or author id the services see (letters, digits, . _ @ -; up to 128)") @NotNull @Pattern(regexp = "[A-Za-z0-9._@-]{1,128}") String subject,
        @Schema(description = "the roles the token carries, 1 to 4 of: learner (their own progress, estimates and cost passes), author (drafts and publishing), integration (the statement log, cohort reports, its own webhooks), ld-admin (what integration may, plus any learner's export or erasure)") @NotEmpty @Size(max = 4) Set<@NotNull @Pattern(regexp = "learner|author|ld-admin|integration", message = "must be one of learner, author, ld-admin, integration") String> roles,
        @Schema(description = "lifetime in seconds, 60 to 86,400 (default 3,600)") @Min(60) @Max(86_400) Integer expiresIn) {
}
