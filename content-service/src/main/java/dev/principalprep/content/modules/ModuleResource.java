package dev.principalprep.content.modules;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
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

@Path("/api/v1/modules")
@Tag(name = "Modules", description = "The curriculum, published for reading")
@Produces(MediaType.APPLICATION_JSON)
public class ModuleResource {

    private final ModuleService service;

    public ModuleResource(ModuleService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listModules", summary = "List published modules, a page at a time")
    @APIResponse(responseCode = "200", description = "A page of modules", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "module-9", value = """
            {"items": [{"id": "module-9", "title": "Career & Interview Strategy", "version": 1,
              "estimatedHours": {"min": 10, "max": 12}}], "page": 0, "size": 20, "total": 1}""")))
    @APIResponse(responseCode = "400", description = "Page or size out of range", content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "size too large", value = """
            {"type": "about:blank", "title": "Bad Request", "status": 400,
             "violations": [{"field": "size", "message": "must be less than or equal to 100"}]}""")))
    public Uni<Page<ModuleSummaryView>> list(@Valid @BeanParam PageRequest page) {
        return service.listPublished(page);
    }
}
