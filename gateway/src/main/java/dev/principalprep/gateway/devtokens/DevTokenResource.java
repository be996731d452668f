package dev.principalprep.gateway.devtokens;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.principalprep.gateway.config.GatewayConfig;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.smallrye.jwt.build.Jwt;

/**
 * Issues signed tokens for local runs and tests, so Swagger UI and curl can call protected routes. Refused in the
 * profiles other than local and test whatever the configuration says.
 */
@Path("/api/v1/dev/tokens")
@Tag(name = "Development", description = "Local runs and tests only")
public class DevTokenResource {

    private static final Set<String> DEV_TOKEN_PROFILES = Set.of("local", "test");

    private final boolean enabled;
    private final String issuer;
    private final String audience;

    public DevTokenResource(GatewayConfig config, @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
            @ConfigProperty(name = "mp.jwt.verify.audiences") String audience) {
        this.enabled = config.devTokens().enabled() && isMadeForDevTokens(ConfigUtils.getProfiles());
        this.issuer = issuer;
        this.audience = audience;
    }

    /** Only the profiles made for local runs and tests; any other (prod, staging, ...) never issues a token. */
    static boolean isMadeForDevTokens(List<String> profiles) {
        return !profiles.isEmpty() && profiles.stream().allMatch(DEV_TOKEN_PROFILES::contains);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueDevToken", summary = "Issue a signed token for a subject and roles (local runs and tests only)")
    @APIResponse(responseCode = "200", description = "A bearer token", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DevTokenResponse.class), examples = @ExampleObject(name = "learner", value = """
            {"access_token": "eyJhbGciOiJSUzI1NiIs...", "token_type": "Bearer", "expires_in": 3600}""")))
    @APIResponse(responseCode = "400", description = "A bad subject, no role, an unknown role, a lifetime out of range")
    @APIResponse(responseCode = "404", description = "Not offered here (only in the local and test profiles, when enabled)")
    public DevTokenResponse issue(@Valid @NotNull DevTokenRequest request) {
        if (!enabled) {
            throw new NotFoundException();
        }
        long lifetime = request.expiresIn() == null ? 3600 : request.expiresIn();
        String token = Jwt.issuer(issuer).audience(audience).subject(request.subject()).groups(request.roles())
                .expiresIn(Duration.ofSeconds(lifetime)).sign();
        return new DevTokenResponse(token, "Bearer", lifetime);
    }
}
