package dev.principalprep.progress.xapi;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

/**
 * The xAPI 1.0.3 statement log as an LRS serves it, read by HR/L&D platforms (roles integration and ld-admin): the
 * statement resource's GET with its standard parameters, and the about resource.
 */
@Path("/api/v1/xapi")
@Tag(name = "HR/L&D integration", description = "xAPI statements and cohort reports")
@Produces(MediaType.APPLICATION_JSON)
public class StatementResource {

    static final String VERSION_HEADER = "X-Experience-API-Version";
    static final String CONSISTENT_THROUGH_HEADER = "X-Experience-API-Consistent-Through";

    private final StatementService statements;

    public StatementResource(StatementService statements) {
        this.statements = statements;
    }

    @GET
    @Path("/statements")
    @RolesAllowed({ "integration", "ld-admin" })
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getStatements", summary = "xAPI statements from the log, as an LRS serves them", description = """
            The statement log: each statement was written when its fact happened and never changes; an undo is a
            voiding statement (verb http://adlnet.gov/expapi/verbs/voided) and the statement it voids is no longer
            listed (read it with voidedStatementId). Newest stored first unless ascending=true. With statementId or
            voidedStatementId the answer is that one statement, not a page. Follow `more` until it is empty; to pull
            only what is new, pass since = the X-Experience-API-Consistent-Through header of your last pull: every
            statement stored before that time was already visible then.""")
    @APIResponse(responseCode = "200", description = "A StatementResult (or one Statement with statementId/voidedStatementId)", headers = {
            @Header(name = VERSION_HEADER, description = "Always 1.0.3", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = CONSISTENT_THROUGH_HEADER, description = "ISO 8601 UTC time up to which every statement stored is already in the answers", schema = @Schema(type = SchemaType.STRING, format = "date-time")) }, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = XapiSchemas.StatementResult.class), examples = @ExampleObject(name = "one item completed", value = """
                    {"statements": [{"id": "6f2c8c0e-0b1e-4d52-a3a3-5d3c1f3e9a10",
                      "actor": {"objectType": "Agent", "account": {"homePage": "https://principalprep.dev", "name": "learner-1"}},
                      "verb": {"id": "http://adlnet.gov/expapi/verbs/completed", "display": {"en-US": "completed"}},
                      "object": {"objectType": "Activity", "id": "https://principalprep.dev/xapi/activities/modules/module-9/items/clarify-requirements",
                                 "definition": {"name": {"en-US": "Clarify Requirements"}, "type": "http://adlnet.gov/expapi/activities/lesson"}},
                      "result": {"completion": true, "duration": "PT35M"},
                      "context": {"contextActivities": {
                          "parent": [{"objectType": "Activity", "id": "https://principalprep.dev/xapi/activities/modules/module-9",
                                      "definition": {"name": {"en-US": "Career & Interview Strategy"}, "type": "http://adlnet.gov/expapi/activities/module"}}],
                          "grouping": [{"objectType": "Activity", "id": "https://principalprep.dev/xapi/activities/curriculum",
                                        "definition": {"name": {"en-US": "Principal Prep: Staff/Principal data engineering interview preparation"}, "type": "http://adlnet.gov/expapi/activities/course"}}]},
                        "platform": "Principal Prep", "language": "en-US"},
                      "timestamp": "2026-11-26T18:00:00Z",
                      "authority": {"objectType": "Agent", "account": {"homePage": "https://principalprep.dev", "name": "principal-prep"}},
                      "version": "1.0.3", "stored": "2026-11-26T18:00:00.120Z"}],
                     "more": "/api/v1/xapi/statements?limit=1&ascending=false&cursor=MjAyNi0xMS0yNlQxODowMDowMC4xMlp8NDI"}""")))
    @APIResponse(responseCode = "400", description = "No X-Experience-API-Version 1.0.x header; a parameter that is not what xAPI defines (agent not a JSON Agent, verb or activity not an IRI, since/until not ISO 8601 with offset, limit outside 0..500, ascending not true/false, a cursor not from a more link); statementId or voidedStatementId with other parameters", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Neither an integration nor an ld-admin", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "statementId names no standing statement, or voidedStatementId no voided one", content = @Content(mediaType = "application/problem+json"))
    public Uni<Response> statements(
            @Parameter(required = true, description = "the xAPI version the client speaks: 1.0.x (1.0.3)", example = "1.0.3") @HeaderParam(VERSION_HEADER) String version,
            @Parameter(description = "One statement by id (a UUID); alone") @QueryParam("statementId") String statementId,
            @Parameter(description = "One voided statement by id (a UUID); alone") @QueryParam("voidedStatementId") String voidedStatementId,
            @Parameter(description = "A JSON Agent: {\"account\": {\"homePage\": \"https://principalprep.dev\", \"name\": \"<learner id>\"}}; other identifiers match nobody") @QueryParam("agent") String agent,
            @Parameter(description = "A verb IRI, such as http://adlnet.gov/expapi/verbs/completed") @QueryParam("verb") String verb,
            @Parameter(description = "An activity IRI, matched against the statement's object exactly") @QueryParam("activity") String activity,
            @Parameter(description = "Only statements stored after this ISO 8601 time (exclusive)") @QueryParam("since") String since,
            @Parameter(description = "Only statements stored at or before this ISO 8601 time (inclusive)") @QueryParam("until") String until,
            @Parameter(description = "Statements per page, 0 to 500; 0 means 500; default 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "500")) @QueryParam("limit") String limit,
            @Parameter(description = "true: oldest stored first; default false (newest first)", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("ascending") String ascending,
            @Parameter(description = "Where the previous page ended, as given in its more link") @QueryParam("cursor") String cursor) {
        if (version == null || !version.startsWith("1.0.")) {
            throw new BadRequestException(VERSION_HEADER + ": 1.0.3 is required, as on any LRS");
        }
        StatementQuery.Parameters parameters = new StatementQuery.Parameters(agent, verb, activity, since, until, limit,
                ascending, cursor);
        if (statementId != null && voidedStatementId != null) {
            throw new BadRequestException("statementId and voidedStatementId cannot both be given");
        }
        if (statementId != null || voidedStatementId != null) {
            boolean voided = voidedStatementId != null;
            String name = voided ? "voidedStatementId" : "statementId";
            return statements.one(StatementQuery.single(name, voided ? voidedStatementId : statementId, parameters), voided)
                    .map(single -> answer(single.statement(), single.consistentThrough()));
        }
        StatementQuery query = StatementQuery.of(parameters);
        return statements.page(query).map(page -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("statements", page.statements());
            body.put("more", page.last() == null ? "" : query.more(page.last(), parameters));
            return answer(body, page.consistentThrough());
        });
    }

    @GET
    @Path("/about")
    @PermitAll
    @Operation(operationId = "getXapiAbout", summary = "The xAPI versions this LRS speaks", description = "Public, as xAPI's about resource is; needs no version header.")
    @APIResponse(responseCode = "200", description = "The versions and extensions", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = About.class), examples = @ExampleObject(name = "about", value = """
            {"version": ["1.0.3"], "extensions": {"https://principalprep.dev/xapi/extensions/read-only": true}}""")))
    public Response about() {
        return Response.ok(new About()).header(VERSION_HEADER, Statements.VERSION).build();
    }

    private static Response answer(Object body, OffsetDateTime consistentThrough) {
        return Response.ok(body).header(VERSION_HEADER, Statements.VERSION)
                .header(CONSISTENT_THROUGH_HEADER, consistentThrough.toInstant().toString()).build();
    }

    /** xAPI's about resource. */
    @Schema(name = "XapiAbout")
    public record About(
            @Schema(description = "xAPI versions served", example = "[\"1.0.3\"]") java.util.List<String> version,
            @Schema(description = "What this LRS adds: statements here are only read; writes come from the platform itself") Map<String, Object> extensions) {

        About() {
            this(java.util.List.of(Statements.VERSION), Map.of(Statements.HOME_PAGE + "/xapi/extensions/read-only", true));
        }
    }

}
