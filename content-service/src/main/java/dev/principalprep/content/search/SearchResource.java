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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.principalprep.caching.CachedResponses;
import dev.principalprep.paging.Paged;
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
    @Operation(operationId = "searchContent", summary = "Search titles and text: every word, any order, case, accents and typographic punctuation folded; title hits first", description = "Each word of q must appear in the same place (its title or text); `company's` finds the text's `company’s`, `cafe` finds `Café`. "
            + "Hits name the module, document, section and item (the item id is the one progress tracks), a snippet and the API path to read it; pages link to each other in the Link header.")
    @APIResponse(responseCode = "200", description = "A page of hits with the total", headers = {
            @Header(name = HttpHeaders.ETAG, description = "a hash of the page sent: send it in If-None-Match to get 304 while it is unchanged", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.LINK, description = Paged.LINK_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)) }, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchResults.class), examples = @ExampleObject(name = "q=spot savings", value = """
                    {"query": "spot savings", "items": [
                      {"moduleId": "module-9", "kind": "TIP", "title": "Always mention spot instances (60-80% savings)",
                       "snippet": "Always mention spot instances (60-80% savings)",
                       "path": "/api/v1/modules/module-9/sections/cost-tips", "documentId": "system-design-framework",
                       "sectionId": "cost-tips", "itemId": "tip-spot-instances", "titleMatch": true, "score": 10}],
                     "page": 0, "size": 20, "total": 1}""")))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "No query, a query under 2 or over 100 characters, a page outside 0..10,000 or a size outside 1..50", content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "size too large", value = """
            {"type": "/problems/invalid-input", "title": "Bad Request", "status": 400, "detail": "size must be less than or equal to 50",
             "instance": "/api/v1/search", "violations": [{"field": "size", "in": "query", "message": "must be less than or equal to 50"}]}""")))
    public Uni<Response> search(
            @Parameter(description = "the words to find, 2 to 100 characters") @QueryParam("q") @NotNull @Size(min = 2, max = 100) String q,
            @Parameter(description = "the page, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @Parameter(description = "hits a page holds, 1 to 50") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(50) int size,
            @Parameter(description = "an ETag read before: 304 while the page is unchanged") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return search.search(q, page, size).map(found -> cached.of(found, ifNoneMatch, CachedResponses.LATEST));
    }
}
