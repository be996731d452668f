package dev.principalprep.cost.costpass;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.principalprep.paging.Paged;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/cost-passes")
@Tag(name = "Cost passes", description = "Practise the cost pass: say your own, get it graded line by line")
@SecurityRequirement(name = "bearer")
@RolesAllowed("learner")
@Produces(MediaType.APPLICATION_JSON)
public class CostPassResource {

    private final CostPassService passes;
    private final JsonWebToken jwt;

    public CostPassResource(CostPassService passes, JsonWebToken jwt) {
        this.passes = passes;
        this.jwt = jwt;
    }

    @GET
    @Path("/prompts")
    @Operation(operationId = "listCostPassPrompts", summary = "Workloads to practise the cost pass on", description = "The module's own example and variations at other scales. Each has a reference estimate "
            + "(module-9 catalog), shown only in the answer to a graded pass.")
    @APIResponse(responseCode = "200", description = "The practice prompts", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = PracticePrompts.PracticePrompt.class), examples = @ExampleObject(name = "module-9-example", value = CostPassExamples.PROMPTS)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public List<PracticePrompts.PracticePrompt> prompts() {
        return passes.prompts();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "gradeCostPass", summary = "Grade the caller's own cost pass against the reference for the same workload", description = "Per component a verdict (within range, off by under 2×, 2–10× or 10× and more, wrong unit, "
            + "arithmetic error, missing, unneeded), the dominant component, and a score out of 100. The rules "
            + "and tolerances are in cost-service's README. The pass is kept and its score announced as "
            + "CostPassGraded on cost.passes.v1.")
    @APIResponse(responseCode = "201", description = "The graded pass, with the reference estimate", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CostPassView.class), examples = @ExampleObject(name = "storage priced per GB as if per TB", value = CostPassExamples.GRADED)))
    @APIResponse(responseCode = "400", description = "Malformed body, a missing total, a negative figure", content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "no total", value = CostPassExamples.MISSING_TOTAL)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "422", description = "An unknown prompt, both or neither of promptId and workload, a component said twice, a high end below its low end, or a workload with nothing to price", content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "nothing to price", value = CostPassExamples.NOTHING_TO_PRICE)))
    public Uni<RestResponse<CostPassView>> grade(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                    @ExampleObject(name = "module 9 pass said correctly", value = CostPassExamples.SAID_CORRECTLY),
                    @ExampleObject(name = "storage priced per GB as if per TB", value = CostPassExamples.STORAGE_PER_GB_AS_PER_TB),
                    @ExampleObject(name = "without streaming", value = CostPassExamples.WITHOUT_STREAMING) })) @Valid @NotNull CostPassRequest request) {
        return passes.grade(jwt.getSubject(), request).map(view -> RestResponse.ResponseBuilder
                .<CostPassView> created(URI.create("/api/v1/cost-passes/" + view.id())).entity(view).build());
    }

    @GET
    @Operation(operationId = "listMyCostPasses", summary = "The caller's graded cost passes, newest first, with their scores")
    @APIResponse(responseCode = "200", description = "A page of the caller's graded passes", headers = @Header(name = HttpHeaders.LINK, description = Paged.LINK_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CostPassView.Page.class), examples = @ExampleObject(name = "one pass", value = CostPassExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "Page or size out of range")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Uni<CostPassView.Page> list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(10000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return passes.list(jwt.getSubject(), page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCostPass", summary = "One of the caller's graded cost passes, as it was answered")
    @APIResponse(responseCode = "200", description = "The graded pass", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CostPassView.class), examples = @ExampleObject(name = "graded", value = CostPassExamples.GRADED)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such pass of the caller's (another's is never shown)")
    public Uni<CostPassView> get(@PathParam("id") UUID id) {
        return passes.get(jwt.getSubject(), id);
    }
}
