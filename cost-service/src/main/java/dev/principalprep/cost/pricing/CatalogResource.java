package dev.principalprep.cost.pricing;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/catalogs")
@Tag(name = "Price catalogs", description = "The rates every estimate is traced to")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    private final CatalogRepository catalogs;

    public CatalogResource(CatalogRepository catalogs) {
        this.catalogs = catalogs;
    }

    @GET
    @Operation(operationId = "listCatalogs", summary = "List every catalog version with its rates")
    @APIResponse(responseCode = "200", description = "The catalogs", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "module-9", value = """
                    [{"name": "module-9", "version": 1,
                      "description": "The rules of thumb of Module 9's quick cost calculations",
                      "rates": [{"key": "storage.object", "component": "STORAGE", "unit": "TB-month", "low": 23.0,
                        "high": 23.0, "basis": "RULE_OF_THUMB", "source": "Module 9, Quick Cost Calculations",
                        "effectiveDate": "2026-01-01"}]}]""")))
    public Uni<List<CatalogView>> list() {
        return catalogs.listWithRates().map(found -> found.stream().map(CatalogView::of).toList());
    }
}
