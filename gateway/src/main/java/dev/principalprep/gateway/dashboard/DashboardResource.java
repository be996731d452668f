package dev.principalprep.gateway.dashboard;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/me/dashboard")
@Tag(name = "Dashboard", description = "The mobile home screen in one round trip")
@SecurityRequirement(name = "bearer")
@Authenticated
public class DashboardResource {

    private final DashboardService dashboards;
    private final JsonWebToken jwt;

    public DashboardResource(DashboardService dashboards, JsonWebToken jwt) {
        this.dashboards = dashboards;
        this.jwt = jwt;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDashboard", summary = "The home screen in one call", description = "Per module: the hours it asks for, items done of total, percent, time spent and left, cost practice against its target, and the top skill of the study plan; then the next items, the story count against the module's 5 to 7, the latest estimates and spaced review. Each part is asked of its service in parallel; a part whose service does not answer within 3 seconds is null and named in missing, and the rest is still given.")
    @APIResponse(responseCode = "200", description = "The dashboard; parts whose service failed are listed in missing", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Dashboard.class), examples = @ExampleObject(name = "cost-service down", value = DashboardExamples.COST_DOWN)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Uni<Dashboard> dashboard(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return dashboards.dashboard(jwt.getSubject(), authorization);
    }
}
