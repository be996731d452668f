package dev.principalprep.cost.estimate;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.principalprep.caching.CachedResponses;
import dev.principalprep.paging.Paged;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/estimates")
@Tag(name = "Estimates", description = "The cost pass: monthly cost where every figure shows its rate and assumption")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@SecurityRequirement(name = "bearer")
@RolesAllowed("learner")
@Produces(MediaType.APPLICATION_JSON)
public class EstimateResource {

    static final String MARKDOWN = "text/markdown";
    static final String CSV = "text/csv";
    private static final List<Variant> FORMATS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf(MARKDOWN), MediaType.valueOf(CSV)).build();
    private static final Map<String, MediaType> FORMAT_NAMES = Map.of("json", MediaType.APPLICATION_JSON_TYPE,
            "markdown", MediaType.valueOf(MARKDOWN), "csv", MediaType.valueOf(CSV));

    private final EstimateService estimates;
    private final JsonWebToken jwt;
    private final CachedResponses cached;

    public EstimateResource(EstimateService estimates, JsonWebToken jwt, CachedResponses cached) {
        this.estimates = estimates;
        this.jwt = jwt;
        this.cached = cached;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createEstimate", summary = "Price a workload and save the estimate for the caller")
    @APIResponse(responseCode = "201", description = "The saved estimate, every line with its rate, formula and assumptions", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EstimateView.class), examples = @ExampleObject(name = "module-9-example", value = EstimateExamples.MODULE_9_RESULT)))
    @APIResponse(responseCode = "400", description = "Malformed body, a negative or absurd quantity", content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "negative storage", value = EstimateExamples.NEGATIVE_STORAGE)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "422", description = "An unknown preset or catalog, parts that contradict each other, or nothing to price", content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "unknown preset", value = EstimateExamples.UNKNOWN_PRESET)))
    public Uni<RestResponse<EstimateView>> create(
            @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                    @ExampleObject(name = "module-9-example", value = "{\"preset\": \"module-9-example\"}"),
                    @ExampleObject(name = "preset with overrides", value = EstimateExamples.PRESET_OVERRIDE),
                    @ExampleObject(name = "own workload, list prices", value = EstimateExamples.OWN_WORKLOAD) })) @Valid @NotNull EstimateRequest request) {
        return estimates.create(jwt.getSubject(), request)
                .map(view -> RestResponse.ResponseBuilder.<EstimateView> created(URI.create("/api/v1/estimates/" + view.id()))
                        .entity(view).build());
    }

    @GET
    @PermitAll
    @Path("/presets")
    @Operation(operationId = "listEstimatePresets", summary = "List ready-made workloads, the module's example among them")
    @APIResponse(responseCode = "200", description = "The presets; ETag for conditional reads", headers = @Header(name = HttpHeaders.ETAG, description = "a hash of the presets sent: send it in If-None-Match to get 304 while they are unchanged", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Presets.Preset.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    public Response presets(
            @Parameter(description = "an ETag read before: 304 while the presets are unchanged") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return cached.of(Presets.ALL, ifNoneMatch, CachedResponses.LATEST);
    }

    @GET
    @Operation(operationId = "listMyEstimates", summary = "List the caller's saved estimates, newest first")
    @APIResponse(responseCode = "200", description = "A page of the caller's estimates", headers = @Header(name = HttpHeaders.LINK, description = Paged.LINK_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Page or size out of range")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Uni<EstimateView.Page> list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(10000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return estimates.list(jwt.getSubject(), page, size);
    }

    @GET
    @Path("/{id}")
    @Produces({ MediaType.APPLICATION_JSON, MARKDOWN, CSV })
    @Operation(operationId = "getEstimate", summary = "One of the caller's estimates: JSON, or a Markdown table for interview notes, or CSV", description = "The format comes from ?format= (json, markdown, csv) when given, else from Accept. Markdown and CSV "
            + "carry a Content-Disposition with a file name; every line shows its rate, source and effective date.")
    @APIResponse(responseCode = "200", description = "The estimate", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EstimateView.class), examples = @ExampleObject(name = "module-9-example", value = EstimateExamples.MODULE_9_RESULT)),
            @Content(mediaType = MARKDOWN, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "interview notes", value = EstimateExamples.MARKDOWN)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "spreadsheet", value = EstimateExamples.CSV)) })
    @APIResponse(responseCode = "400", description = "A format other than json, markdown or csv")
    @APIResponse(responseCode = "404", description = "No such estimate of the caller's (another's is never shown)")
    @APIResponse(responseCode = "406", description = "None of JSON, Markdown or CSV is acceptable")
    public Uni<Response> get(@PathParam("id") UUID id,
            @Parameter(description = "json, markdown or csv; overrides Accept") @QueryParam("format") @Pattern(regexp = "json|markdown|csv", message = "must be json, markdown or csv") String format,
            @Context Request request) {
        MediaType type = format != null ? FORMAT_NAMES.get(format) : selected(request);
        return estimates.get(jwt.getSubject(), id).map(view -> {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return Response.ok(view, type).build();
            }
            boolean markdown = type.isCompatible(MediaType.valueOf(MARKDOWN));
            return Response.ok(markdown ? EstimateExporter.markdown(view) : EstimateExporter.csv(view),
                    type.withCharset("UTF-8"))
                    .header("Content-Disposition", (markdown ? "inline" : "attachment") + "; filename=\"estimate-"
                            + view.id() + (markdown ? ".md" : ".csv") + "\"")
                    .build();
        });
    }

    private static MediaType selected(Request request) {
        Variant variant = request.selectVariant(FORMATS);
        if (variant == null) {
            throw new NotAcceptableException("Estimates come as application/json, text/markdown or text/csv");
        }
        return variant.getMediaType();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "renameEstimate", summary = "Rename one of the caller's estimates; its figures stay as they were")
    @APIResponse(responseCode = "200", description = "The renamed estimate", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EstimateView.class), examples = @ExampleObject(name = "renamed", value = EstimateExamples.MODULE_9_RESULT)))
    @APIResponse(responseCode = "400", description = "A blank name or one over 120 characters", content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "blank name", value = EstimateExamples.BLANK_NAME)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such estimate of the caller's")
    public Uni<EstimateView> rename(@PathParam("id") UUID id,
            @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "rename", value = "{\"name\": \"Clickstream platform, second pass\"}"))) @Valid @NotNull EstimateRename rename) {
        return estimates.rename(jwt.getSubject(), id, rename.name());
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteEstimate", summary = "Delete one of the caller's estimates; practice already counted stays counted")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such estimate of the caller's")
    public Uni<RestResponse<Void>> delete(@PathParam("id") UUID id) {
        return estimates.delete(jwt.getSubject(), id).map(ignored -> RestResponse.noContent());
    }

    @GET
    @Path("/{id}/diff")
    @Operation(operationId = "diffEstimates", summary = "Compare another of the caller's estimates with this one, per component")
    @APIResponse(responseCode = "200", description = "The differences (other minus this); a component priced on one side only is named as such", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EstimateDiff.class), examples = @ExampleObject(name = "list prices without a line", value = EstimateExamples.DIFF)))
    @APIResponse(responseCode = "400", description = "No 'against' id")
    @APIResponse(responseCode = "404", description = "Either estimate is not the caller's")
    public Uni<EstimateDiff> diff(@PathParam("id") UUID id, @QueryParam("against") @NotNull UUID against) {
        return estimates.diff(jwt.getSubject(), id, against);
    }
}
