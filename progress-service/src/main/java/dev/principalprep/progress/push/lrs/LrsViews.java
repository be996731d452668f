package dev.principalprep.progress.push.lrs;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What crosses the wire for LRS endpoints. */
public final class LrsViews {

    private LrsViews() {
    }

    @Schema(name = "LrsEndpointRequest", example = """
            {"url": "https://lrs.example.com/data/xAPI", "key": "3c5f1a0e9b", "secret": "b8e2d7c4a1f6"}""")
    public record Request(
            @Schema(description = "The LRS's xAPI base URL: statements are POSTed to <url>/statements. https, resolving to public addresses only") @NotBlank @Size(max = 2000) String url,
            @Schema(description = "The Basic auth key (user name) the LRS issued") @NotBlank @Size(max = 200) @Pattern(regexp = "[^:\\x00-\\x1F\\x7F]+", message = "must not contain ':' or control characters") String key,
            @Schema(description = "The Basic auth secret the LRS issued; stored, never returned") @NotBlank @Size(max = 500) @Pattern(regexp = "[^\\x00-\\x1F\\x7F]+", message = "must not contain control characters") String secret) {
    }

    @Schema(name = "LrsEndpoint")
    public record Endpoint(
            @Schema(description = "The endpoint's id") UUID id,
            @Schema(description = "The LRS's xAPI base URL") String url,
            @Schema(description = "The Basic auth key; the secret is never returned") String key,
            @Schema(description = "The ld-admin who registered it") String createdBy,
            @Schema(description = "When it was registered (UTC)") OffsetDateTime createdAt,
            @Schema(description = "Where forwarding stands") Status status) {
    }

    @Schema(name = "LrsForwardingStatus")
    public record Status(
            @Schema(description = "Statements the LRS has accepted so far") long forwarded,
            @Schema(description = "The stored time of the last statement accepted: the cursor in the statement log", nullable = true) OffsetDateTime cursorStored,
            @Schema(description = "When the LRS last accepted a batch", nullable = true) OffsetDateTime lastSuccessAt,
            @Schema(description = "What went wrong the last time a batch was refused or not answered", nullable = true) String lastError,
            @Schema(description = "When that was", nullable = true) OffsetDateTime lastErrorAt,
            @Schema(description = "Failed attempts since the last accepted batch") int attempts,
            @Schema(description = "When the next batch is due") OffsetDateTime nextAttemptAt) {
    }
}
