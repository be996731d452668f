package dev.principalprep.cost.optimization;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

@Path("/api/v1/estimates/{id}/optimizations")
@Tag(name = "Estimates")
@SecurityRequirement(name = "bearer")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class OptimizationResource {

    private final OptimizationService optimizations;
    private final JsonWebToken jwt;

    public OptimizationResource(OptimizationService optimizations, JsonWebToken jwt) {
        this.optimizations = optimizations;
        this.jwt = jwt;
    }

    @GET
    @Operation(operationId = "optimizeEstimate", summary = "The cost levers on one of the caller's estimates: spot, tiering, "
            + "archiving, auto-scaling, caching, compaction, all combined, and commitments against on-demand")
    @APIResponse(responseCode = "200", description = "Each lever's total before and after it; its saving is their difference", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OptimizationReport.class), examples = @ExampleObject(name = "module-9-example", value = """
            {"totalLow": 27300.00, "totalHigh": 42300.00,
             "levers": [{"id": "spot-instances", "title": "Spot instances for batch compute", "applicable": true,
                         "savingLow": 3000.00, "savingHigh": 16000.00, "baselineLow": 27300.00,
                         "baselineHigh": 42300.00, "newTotalLow": 24300.00, "newTotalHigh": 26300.00,
                         "assumptions": ["60%–80% off compute: Spot instances, module-9 v1 discount.spot (Module 9, Cost Pass tips: spot instances (60-80% savings); effective 2026-01-01)"],
                         "caveat": "Spot capacity can be reclaimed at short notice: ...", "notApplicableBecause": null},
                        {"id": "auto-scaling", "title": "Auto-scaling: pay for average, not peak", "applicable": false,
                         "savingLow": 0.00, "savingHigh": 0.00, "baselineLow": 27300.00, "baselineHigh": 42300.00,
                         "newTotalLow": 27300.00, "newTotalHigh": 42300.00, "assumptions": [],
                         "notApplicableBecause": "needs traffic.peakQps above traffic.averageQps"}],
             "combined": {"id": "combined", "newTotalLow": 16912.73, "newTotalHigh": 18246.07}}""")))
    @APIResponse(responseCode = "400", description = "A fraction outside 0..1 or an overhead outside 1..100")
    @APIResponse(responseCode = "404", description = "No such estimate of the caller's")
    @APIResponse(responseCode = "422", description = "archiveFraction + warmFraction + coldFraction above 1")
    public Uni<OptimizationReport> optimize(@PathParam("id") UUID id, @Valid @BeanParam LeverAssumptions assumptions) {
        return optimizations.optimize(jwt.getSubject(), id, assumptions);
    }
}
