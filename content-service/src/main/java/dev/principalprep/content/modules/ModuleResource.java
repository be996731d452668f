package dev.principalprep.content.modules;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

/** Public reads of published content, each with a strong ETag and a Cache-Control policy. */
@Path("/api/v1/modules")
@Tag(name = "Modules", description = "The curriculum, published for reading (no login needed)")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
public class ModuleResource {

    private final ModuleService modules;
    private final CachedResponses cached;

    public ModuleResource(ModuleService modules, CachedResponses cached) {
        this.modules = modules;
        this.cached = cached;
    }

    @GET
    @Operation(operationId = "listModules", summary = "List published modules, a page at a time")
    @APIResponse(responseCode = "200", description = "A page of modules", headers = @Header(name = HttpHeaders.LINK, description = Paged.LINK_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModuleViews.SummaryPage.class), examples = @ExampleObject(name = "module-9", value = """
            {"items": [{"id": "module-9", "title": "Module 9: Career & Interview Strategy", "version": 1,
              "estimatedHours": {"min": 10, "max": 12}}], "page": 0, "size": 20, "total": 1}""")))
    @APIResponse(responseCode = "400", description = "Page or size out of range", content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "size too large", value = """
            {"type": "about:blank", "title": "Bad Request", "status": 400,
             "violations": [{"field": "size", "in": "query", "message": "must be less than or equal to 100"}]}""")))
    public Uni<Response> list(@Valid @BeanParam PageRequest page, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return modules.listPublished(page).map(found -> cached.of(found, ifNoneMatch, CachedResponses.LATEST));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getModule", summary = "The latest published version of a module, with its documents and sections")
    @APIResponse(responseCode = "200", description = "The module", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModuleViews.Published.class), examples = @ExampleObject(name = "module-9", value = ContentExamples.PUBLISHED_MODULE)))
    @APIResponse(responseCode = "404", description = "No published module with that id", content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "unknown", value = ContentExamples.NOT_FOUND)))
    public Uni<Response> get(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return modules.published(id).map(found -> cached.of(found, ifNoneMatch, CachedResponses.LATEST));
    }

    @GET
    @Path("/{id}/documents/{documentId}")
    @Operation(operationId = "getDocument", summary = "One document of the latest published version")
    @APIResponse(responseCode = "200", description = "The document with its sections", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentContent.class)))
    @APIResponse(responseCode = "404", description = "No such module or document")
    public Uni<Response> document(@PathParam("id") String id, @PathParam("documentId") String documentId,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return modules.published(id).map(found -> cached.of(ModuleService.document(found.content(), documentId),
                ifNoneMatch, CachedResponses.LATEST));
    }

    @GET
    @Path("/{id}/sections/{sectionId}")
    @Operation(operationId = "getSection", summary = "One section of the latest published version, with its items")
    @APIResponse(responseCode = "200", description = "The section", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Section.class), examples = @ExampleObject(name = "7 steps", value = ContentExamples.STEPS_SECTION)))
    @APIResponse(responseCode = "404", description = "No such module or section")
    public Uni<Response> section(@PathParam("id") String id, @PathParam("sectionId") String sectionId,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return modules.published(id).map(found -> cached.of(ModuleService.section(found.content(), sectionId),
                ifNoneMatch, CachedResponses.LATEST));
    }

    @GET
    @Path("/{id}/questions")
    @Operation(operationId = "listQuestions", summary = "The question bank, optionally only questions testing something")
    @APIResponse(responseCode = "200", description = "The questions", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ModuleViews.Question.class), examples = @ExampleObject(name = "tests=influence", value = """
            [{"id": "influence-without-authority", "question": "How do you influence without authority?",
              "tests": ["Influence", "persuasion"], "points": ["Build relationships", "data", "timelines"],
              "section": "common-leadership-questions"}]""")))
    @APIResponse(responseCode = "400", description = "A filter over 100 characters")
    @APIResponse(responseCode = "404", description = "No published module with that id")
    public Uni<Response> questions(@PathParam("id") String id,
            @Parameter(description = "part of what the question tests, such as 'conflict' or 'influence'") @QueryParam("tests") @Size(max = 100) String tests,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return modules.published(id).map(found -> cached.of(ModuleService.questions(found.content(), tests),
                ifNoneMatch, CachedResponses.LATEST));
    }

    @GET
    @Path("/{id}/skills")
    @Operation(operationId = "getSkillsMatrix", summary = "The 2026 skills matrix and the skills to acquire by priority")
    @APIResponse(responseCode = "200", description = "The matrix", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModuleViews.SkillsMatrix.class)))
    @APIResponse(responseCode = "404", description = "No published module with that id, or it has no matrix")
    public Uni<Response> skills(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return modules.published(id)
                .map(found -> cached.of(ModuleService.skills(found.content()), ifNoneMatch, CachedResponses.LATEST));
    }

    @GET
    @Path("/{id}/checklist")
    @Operation(operationId = "getChecklist", summary = "The mock interview checklist: before, during and after")
    @APIResponse(responseCode = "200", description = "The checklist by phase", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModuleViews.Checklist.class)))
    @APIResponse(responseCode = "404", description = "No published module with that id, or it has no checklist")
    public Uni<Response> checklist(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return modules.published(id)
                .map(found -> cached.of(ModuleService.checklist(found.content()), ifNoneMatch, CachedResponses.LATEST));
    }

    @GET
    @Path("/{id}/versions")
    @Operation(operationId = "listModuleVersions", summary = "The version history of a module")
    @APIResponse(responseCode = "200", description = "Every published version, oldest first", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ModuleViews.Version.class)))
    @APIResponse(responseCode = "404", description = "No published module with that id")
    public Uni<Response> versions(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return modules.versions(id).map(found -> cached.of(found, ifNoneMatch, CachedResponses.LATEST));
    }

    @GET
    @Path("/{id}/versions/{version}")
    @Operation(operationId = "getModuleVersion", summary = "One published version, which never changes")
    @APIResponse(responseCode = "200", description = "The version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModuleViews.Published.class)))
    @APIResponse(responseCode = "404", description = "No such module or version")
    public Uni<Response> version(@PathParam("id") String id, @PathParam("version") int version,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return modules.version(id, version).map(found -> cached.of(found, ifNoneMatch, CachedResponses.IMMUTABLE));
    }
}
