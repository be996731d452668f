package dev.principalprep.gateway.devtokens;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An OAuth-style token answer. */
@Schema(name = "DevTokenResponse")
public record DevTokenResponse(@JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType, @JsonProperty("expires_in") long expiresIn) {
}
