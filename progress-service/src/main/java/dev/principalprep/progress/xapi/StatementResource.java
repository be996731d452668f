package dev.principalprep.progress.xapi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

/** xAPI 1.0.3 statements for HR/L&D platforms (roles integration and ld-admin), pulled with since and more. */
@Path("/api/v1/xapi/statements")
@Tag(name = "HR/L&D integration", description = "xAPI statements and cohort reports")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ "integration", "ld-admin" })
@Produces(MediaType.APPLICATION_JSON)
public class StatementResource {

    static final String VERSION_HEADER = "X-Experience-API-Version";

    private final StatementService statements;

    public StatementResource(StatementService statements) {
        this.statements = statements;
    }

    @GET
    @Operation(operationId = "getStatements", summary = "Statements of completions, progress and mock interviews, in stored order")
    @APIResponse(responseCode = "200", description = "A page of statements and the more link (empty on the last page)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, description = "An xAPI 1.0.3 StatementResult: statements, each an xAPI Statement, and more, the path of the next page or empty on the last one"), examples = @ExampleObject(name = "one completion", value = """
            {"statements": [{"id": "6f2c8c0e-0b1e-3d52-a3a3-5d3c1f3e9a10",
              "actor": {"objectType": "Agent", "account": {"homePage": "https://principalprep.dev", "name": "learner-1"}},
              "verb": {"id": "http://adlnet.gov/expapi/verbs/completed", "display": {"en-US": "completed"}},
              "object": {"objectType": "Activity", "id": "https://principalprep.dev/xapi/activities/module-9/clarify-requirements",
                         "definition": {"name": {"en-US": "Clarify Requirements"}, "type": "http://adlnet.gov/expapi/activities/lesson"}},
              "result": {"completion": true}, "timestamp": "2026-11-26T18:00:00Z", "stored": "2026-11-26T18:00:00Z",
              "version": "1.0.3"}],
             "more": "/api/v1/xapi/statements?limit=1&cursor=MjAyNi0xMS0yNlQxODowMDowMFp8NmYy"}""")))
    @APIResponse(responseCode = "400", description = "No X-Experience-API-Version header, a since that is not ISO 8601, a limit outside 1..500, a bad cursor")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Neither an integration nor an ld-admin")
    public Uni<Response> statements(
            @Parameter(required = true, description = "the xAPI version the client speaks: 1.0.x (1.0.3)", example = "1.0.3") @HeaderParam(VERSION_HEADER) String version,
            @QueryParam("since") @Size(max = 40) String since,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        if (version == null || !version.startsWith("1.0")) {
            throw new BadRequestException(VERSION_HEADER + ": 1.0.3 is required, as on any LRS");
        }
        OffsetDateTime from = parse(since);
        return statements.page(from, cursor, limit).map(page -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("statements", page.facts().stream().map(Statements::write).toList());
            body.put("more", page.next() == null ? ""
                    : "/api/v1/xapi/statements?"
                            + (since == null ? "" : "since=" + URLEncoder.encode(since, StandardCharsets.UTF_8) + "&")
                            + "limit=" + limit + "&cursor=" + page.next());
            return Response.ok(body).header(VERSION_HEADER, Statements.VERSION).build();
        });
    }

    private static OffsetDateTime parse(String since) {
        try {
            return since == null ? null : OffsetDateTime.parse(since);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("since must be an ISO 8601 timestamp with offset, such as 2026-11-01T00:00:00Z");
        }
    }
}
