package dev.principalprep.gateway.dashboard;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.node.ObjectNode;

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
    @Operation(operationId = "getDashboard", summary = "Progress per module, the next items to study, the latest estimates, spaced review activity")
    @APIResponse(responseCode = "200", description = "The dashboard; parts whose service failed are listed in missing", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, description = "learner, progress per module, nextItems, latestEstimates, review, and missing: the parts whose service failed"), examples = @ExampleObject(name = "estimates down", value = """
            {"learner": "learner-1",
             "progress": [{"moduleId": "module-9", "title": "Module 9: Career & Interview Strategy",
                           "percentComplete": 5.3, "minutesSpent": 40, "minutesRemaining": 625}],
             "nextItems": [{"moduleId": "module-9", "id": "estimate-scale", "kind": "STEP",
                            "title": "Estimate Scale", "estimatedMinutes": 35, "status": "NOT_STARTED", "minutesSpent": 0}],
             "review": {"streakDays": 3, "reviewedToday": 12, "dueToday": 4, "newCards": 20,
                        "forecast": [{"day": "2026-11-27", "due": 4}, {"day": "2026-11-28", "due": 9}]},
             "missing": ["latestEstimates"]}""")))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Uni<ObjectNode> dashboard(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return dashboards.dashboard(jwt.getSubject(), authorization);
    }
}
