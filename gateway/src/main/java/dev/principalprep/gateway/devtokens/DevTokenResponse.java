package dev.principalprep.gateway.devtokens;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An OAuth-style token answer. */
@Schema(name = "DevTokenResponse")
public record DevTokenResponse(
        @Schema(description = "the signed JWT to send as Authorization: Bearer") @JsonProperty("access_token") String accessToken,
        @Schema(description = "always Bearer") @JsonProperty("token_type") String tokenType,
        @Schema(description = "the token's lifetime, in seconds") @JsonProperty("expires_in") long expiresIn) {
}
