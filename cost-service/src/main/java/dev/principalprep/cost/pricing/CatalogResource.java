package dev.principalprep.cost.pricing;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/catalogs")
@Tag(name = "Price catalogs", description = "The rates every estimate is traced to, versioned")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    private final CatalogService catalogs;

    public CatalogResource(CatalogService catalogs) {
        this.catalogs = catalogs;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listCatalogs", summary = "List every catalog version with its rates")
    @APIResponse(responseCode = "200", description = "The catalogs", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = CatalogView.class), examples = @ExampleObject(name = "module-9", value = """
            [{"name": "module-9", "version": 1,
              "description": "The rules of thumb of Module 9's quick cost calculations and tips",
              "rates": [{"key": "storage.hot", "label": "Storage (S3)", "component": "STORAGE",
                "unit": "TB-month", "low": 23.0, "high": 23.0, "basis": "RULE_OF_THUMB",
                "source": "Module 9, Quick Cost Calculations", "effectiveDate": "2026-01-01"}]}]""")))
    public Uni<List<CatalogView>> list() {
        return catalogs.list();
    }

    @POST
    @RolesAllowed("ld-admin")
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addCatalogVersion", summary = "Add the next version of a catalog (role ld-admin)")
    @APIResponse(responseCode = "201", description = "The new version; older versions and the estimates priced with them are unchanged", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogView.class)))
    @APIResponse(responseCode = "400", description = "A missing field, an unknown rate key, a negative rate", content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "unknown key", value = """
            {"type": "about:blank", "title": "Bad Request", "status": 400,
             "violations": [{"field": "rates[0].key", "in": "body",
                             "message": "must be one of storage.hot, ..."}]}""")))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not an ld-admin")
    @APIResponse(responseCode = "422", description = "A rate key twice, high below low, a discount above 1")
    public Uni<RestResponse<CatalogView>> addVersion(@Valid @NotNull NewCatalogRequest request) {
        return catalogs.addVersion(request).map(view -> RestResponse.ResponseBuilder.<CatalogView> created(
                URI.create("/api/v1/catalogs?name=" + view.name() + "&version=" + view.version())).entity(view).build());
    }
}
