package dev.principalprep.cost.pricing;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.principalprep.caching.CachedResponses;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/catalogs")
@Tag(name = "Price catalogs", description = "The rates every estimate is traced to, versioned")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    private final CatalogService catalogs;

    private final CachedResponses cached;

    public CatalogResource(CatalogService catalogs, CachedResponses cached) {
        this.catalogs = catalogs;
        this.cached = cached;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listCatalogs", summary = "List every catalog version with its rates")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "200", description = "The catalogs; ETag for conditional reads", headers = @Header(name = HttpHeaders.ETAG, description = "a hash of the catalogs sent: send it in If-None-Match to get 304 while no version was added", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = CatalogView.class), examples = @ExampleObject(name = "module-9", value = """
            [{"name": "module-9", "version": 1,
              "description": "The rules of thumb of Module 9's quick cost calculations and tips",
              "rates": [{"key": "storage.hot", "label": "Storage (S3)", "component": "STORAGE",
                "unit": "TB-month", "low": 23.0, "high": 23.0, "basis": "RULE_OF_THUMB",
                "source": "Module 9, Quick Cost Calculations", "effectiveDate": "2026-01-01"}]}]""")))
    public Uni<Response> list(
            @Parameter(description = "an ETag read before: 304 while no catalog version was added") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return catalogs.list().map(found -> cached.of(found, ifNoneMatch, CachedResponses.LATEST));
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
