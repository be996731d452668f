package dev.principalprep.content.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.principalprep.caching.CachedResponses;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/search")
@Tag(name = "Search", description = "Find anything in the published curriculum")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private final SearchService search;
    private final CachedResponses cached;

    public SearchResource(SearchService search, CachedResponses cached) {
        this.search = search;
        this.cached = cached;
    }

    @GET
    @Operation(operationId = "searchContent", summary = "Search titles and text, case-insensitive; title hits first")
    @APIResponse(responseCode = "200", description = "Hits with a snippet and the API path to each", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ContentSearch.Hit.class), examples = @ExampleObject(name = "q=spot", value = """
            [{"moduleId": "module-9", "kind": "TIP", "title": "Always mention spot instances (60-80% savings)",
              "snippet": "Always mention spot instances (60-80% savings)",
              "path": "/api/v1/modules/module-9/sections/cost-tips#tip-spot-instances", "titleMatch": true, "score": 10},
             {"moduleId": "module-9", "kind": "STEP", "title": "Cost Optimization", "snippet": "Spot instances",
              "path": "/api/v1/modules/module-9/sections/seven-step-framework#cost-optimization",
              "titleMatch": false, "score": 1}]""")))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "400", description = "No query, a query under 2 or over 100 characters, a limit outside 1..50")
    public Uni<Response> search(@QueryParam("q") @NotNull @Size(min = 2, max = 100) String q,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(50) int limit,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return search.search(q, limit).map(hits -> cached.of(hits, ifNoneMatch, CachedResponses.LATEST));
    }
}
