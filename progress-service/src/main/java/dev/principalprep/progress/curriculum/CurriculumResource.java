package dev.principalprep.progress.curriculum;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.principalprep.caching.CachedResponses;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/curriculum/modules")
@Tag(name = "Curriculum", description = "The modules and items progress is tracked against")
@Produces(MediaType.APPLICATION_JSON)
public class CurriculumResource {

    private final CurriculumService curriculum;
    private final CachedResponses cached;

    public CurriculumResource(CurriculumService curriculum, CachedResponses cached) {
        this.curriculum = curriculum;
        this.cached = cached;
    }

    @GET
    @Operation(operationId = "listTrackedModules", summary = "List the modules progress is tracked against, with their items")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "200", description = "The tracked modules; ETag for conditional reads", headers = @Header(name = HttpHeaders.ETAG, description = "a hash of the curriculum sent: send it in If-None-Match to get 304 while it is unchanged", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = CurriculumModuleView.class), examples = @ExampleObject(name = "module-9", value = """
            [{"moduleId": "module-9", "version": 1, "title": "Career & Interview Strategy",
              "estimatedHours": {"min": 10, "max": 12}, "estimatedMinutesTotal": 20,
              "items": [{"id": "framework.step-1", "kind": "STEP", "title": "Clarify Requirements",
                         "estimatedMinutes": 20}]}]""")))
    public Uni<Response> list(
            @Parameter(description = "an ETag read before: 304 while the curriculum is unchanged") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return curriculum.modules().map(modules -> cached.of(modules.stream().map(CurriculumModuleView::of).toList(),
                ifNoneMatch, CachedResponses.LATEST));
    }
}
