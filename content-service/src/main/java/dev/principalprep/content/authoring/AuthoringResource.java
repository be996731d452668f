package dev.principalprep.content.authoring;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.principalprep.caching.CachedResponses;
import dev.principalprep.content.modules.Item;
import dev.principalprep.content.modules.ModuleContent;
import dev.principalprep.content.modules.Section;
import dev.principalprep.content.modules.Slugs;
import io.smallrye.mutiny.Uni;

/**
 * Authoring (role {@code author}): drafts are edited section by section and item by item, each change naming the
 * draft revision it was made on in If-Match; publishing makes an immutable new version readers then see.
 */
@Path("/api/v1/modules")
@Tag(name = "Authoring", description = "Drafts and publishing (role author)")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@SecurityRequirement(name = "bearer")
@RolesAllowed("author")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Not an author")
public class AuthoringResource {

    private static final String IF_MATCH_DESCRIPTION = "the draft's revision as read, the ETag of the last answer, such as \"r7\"";

    private final AuthoringService authoring;
    private final CachedResponses responses;
    private final JsonWebToken jwt;

    public AuthoringResource(AuthoringService authoring, CachedResponses responses, JsonWebToken jwt) {
        this.authoring = authoring;
        this.responses = responses;
        this.jwt = jwt;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createModule", summary = "Create a module as a draft (revision 1); readers see it once published")
    @APIResponse(responseCode = "201", description = "The draft; its ETag is the revision to send in If-Match", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DraftView.class), examples = @ExampleObject(name = "new draft", value = AuthoringExamples.DRAFT)))
    @APIResponse(responseCode = "400", description = "A missing title, an unknown section kind, a bad id, a field over its size limit")
    @APIResponse(responseCode = "409", description = "The module id, or an id inside it, exists already", content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "taken", value = AuthoringExamples.CONFLICT)))
    @APIResponse(responseCode = "422", description = "A section missing what its kind needs")
    public Uni<Response> create(@Valid @NotNull ModuleContent module) {
        return authoring.create(module, jwt.getSubject()).map(draft -> Response
                .fromResponse(responses.tagged(draft, Revisions.tag(draft.revision())))
                .status(Response.Status.CREATED).location(URI.create("/api/v1/modules/" + draft.moduleId() + "/draft"))
                .build());
    }

    @GET
    @Path("/{id}/draft")
    @Operation(operationId = "getDraft", summary = "The draft of a module, with its revision as ETag")
    @APIResponse(responseCode = "200", description = "The draft", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DraftView.class), examples = @ExampleObject(name = "draft", value = AuthoringExamples.DRAFT)))
    @APIResponse(responseCode = "404", description = "No such module")
    public Uni<Response> draft(@PathParam("id") String id) {
        return authoring.draft(id).map(this::tagged);
    }

    @POST
    @Path("/{id}/draft/sections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addSection", summary = "Add a section to the module, or to one of its documents")
    @APIResponse(responseCode = "200", description = "The changed draft with its new revision", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "400", description = "An invalid section")
    @APIResponse(responseCode = "404", description = "No such module")
    @APIResponse(responseCode = "409", description = "The section's id, or an item's, is used elsewhere in the module")
    @APIResponse(responseCode = "412", description = "The draft changed since the revision in If-Match", content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "stale", value = AuthoringExamples.STALE)))
    @APIResponse(responseCode = "428", description = "No If-Match", content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "no If-Match", value = AuthoringExamples.NO_IF_MATCH)))
    public Uni<Response> addSection(@PathParam("id") String id,
            @Parameter(required = true, description = IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @QueryParam("document") @Pattern(regexp = Slugs.PATTERN) String documentId,
            @QueryParam("position") @Min(0) @Max(1000) Integer position,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "takeaway section", value = AuthoringExamples.SECTION))) @Valid @NotNull Section section) {
        return edit(id, ifMatch, draft -> DraftEditor.addSection(draft, documentId, section, position));
    }

    @PUT
    @Path("/{id}/draft/sections/{sectionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceSection", summary = "Replace a section of the draft (its id stays)")
    @APIResponse(responseCode = "200", description = "The changed draft", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "404", description = "No such module or section")
    @APIResponse(responseCode = "412", description = "The draft changed since the revision in If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Uni<Response> replaceSection(@PathParam("id") String id, @PathParam("sectionId") String sectionId,
            @Parameter(required = true, description = IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Section section) {
        return edit(id, ifMatch, draft -> DraftEditor.replaceSection(draft, sectionId, section));
    }

    @DELETE
    @Path("/{id}/draft/sections/{sectionId}")
    @Operation(operationId = "deleteSection", summary = "Delete a section from the draft")
    @APIResponse(responseCode = "200", description = "The changed draft", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "404", description = "No such module or section")
    @APIResponse(responseCode = "412", description = "The draft changed since the revision in If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Uni<Response> deleteSection(@PathParam("id") String id, @PathParam("sectionId") String sectionId,
            @Parameter(required = true, description = IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return edit(id, ifMatch, draft -> DraftEditor.deleteSection(draft, sectionId));
    }

    @PUT
    @Path("/{id}/draft/sections/{sectionId}/position")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moveSection", summary = "Move a section within its list")
    @APIResponse(responseCode = "200", description = "The changed draft", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "404", description = "No such module or section")
    @APIResponse(responseCode = "412", description = "The draft changed since the revision in If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Uni<Response> moveSection(@PathParam("id") String id, @PathParam("sectionId") String sectionId,
            @Parameter(required = true, description = IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Position position) {
        return edit(id, ifMatch, draft -> DraftEditor.moveSection(draft, sectionId, position.position()));
    }

    @POST
    @Path("/{id}/draft/sections/{sectionId}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addItem", summary = "Add an item to a section of the draft")
    @APIResponse(responseCode = "200", description = "The changed draft", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "404", description = "No such module or section")
    @APIResponse(responseCode = "409", description = "The item's id is used elsewhere in the module")
    @APIResponse(responseCode = "412", description = "The draft changed since the revision in If-Match")
    @APIResponse(responseCode = "422", description = "The item lacks what its section's kind needs")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Uni<Response> addItem(@PathParam("id") String id, @PathParam("sectionId") String sectionId,
            @Parameter(required = true, description = IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @QueryParam("position") @Min(0) @Max(1000) Integer position,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "step", value = AuthoringExamples.ITEM))) @Valid @NotNull Item item) {
        return edit(id, ifMatch, draft -> DraftEditor.addItem(draft, sectionId, item, position));
    }

    @PUT
    @Path("/{id}/draft/sections/{sectionId}/items/{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceItem", summary = "Edit an item of the draft (its id stays)")
    @APIResponse(responseCode = "200", description = "The changed draft", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "404", description = "No such module, section or item")
    @APIResponse(responseCode = "412", description = "The draft changed since the revision in If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Uni<Response> replaceItem(@PathParam("id") String id, @PathParam("sectionId") String sectionId,
            @PathParam("itemId") String itemId,
            @Parameter(required = true, description = IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Item item) {
        return edit(id, ifMatch, draft -> DraftEditor.replaceItem(draft, sectionId, itemId, item));
    }

    @DELETE
    @Path("/{id}/draft/sections/{sectionId}/items/{itemId}")
    @Operation(operationId = "deleteItem", summary = "Delete an item from the draft")
    @APIResponse(responseCode = "200", description = "The changed draft", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "404", description = "No such module, section or item")
    @APIResponse(responseCode = "412", description = "The draft changed since the revision in If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Uni<Response> deleteItem(@PathParam("id") String id, @PathParam("sectionId") String sectionId,
            @PathParam("itemId") String itemId,
            @Parameter(required = true, description = IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return edit(id, ifMatch, draft -> DraftEditor.deleteItem(draft, sectionId, itemId));
    }

    @PUT
    @Path("/{id}/draft/sections/{sectionId}/items/{itemId}/position")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moveItem", summary = "Move an item within its section")
    @APIResponse(responseCode = "200", description = "The changed draft", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "404", description = "No such module, section or item")
    @APIResponse(responseCode = "412", description = "The draft changed since the revision in If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Uni<Response> moveItem(@PathParam("id") String id, @PathParam("sectionId") String sectionId,
            @PathParam("itemId") String itemId,
            @Parameter(required = true, description = IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Position position) {
        return edit(id, ifMatch, draft -> DraftEditor.moveItem(draft, sectionId, itemId, position.position()));
    }

    @POST
    @Path("/{id}/publish")
    @Operation(operationId = "publishModule", summary = "Publish the draft as the next immutable version and announce it")
    @APIResponse(responseCode = "201", description = "The new version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublishedView.class), examples = @ExampleObject(name = "version 2", value = """
            {"moduleId": "module-9", "version": 2, "fromRevision": 4, "items": 74, "estimatedMinutes": 660}""")))
    @APIResponse(responseCode = "404", description = "No such module")
    @APIResponse(responseCode = "412", description = "The draft changed since the revision in If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Uni<Response> publish(@PathParam("id") String id,
            @Parameter(required = true, description = IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        int revision = Revisions.fromIfMatch(ifMatch);
        return authoring.publish(id, revision, jwt.getSubject()).map(published -> Response.status(Response.Status.CREATED)
                .location(URI.create("/api/v1/modules/" + id + "/versions/" + published.version())).entity(published)
                .build());
    }

    private Uni<Response> edit(String id, String ifMatch, java.util.function.UnaryOperator<ModuleContent> change) {
        int revision = Revisions.fromIfMatch(ifMatch);
        return authoring.edit(id, revision, change).map(this::tagged);
    }

    private Response tagged(DraftView draft) {
        return responses.tagged(draft, Revisions.tag(draft.revision()));
    }
}
