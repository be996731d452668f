package dev.principalprep.progress.reports;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

/** Cohort reports for L&D admins: aggregates only, never a learner's stories, reflections or scores. */
@Path("/api/v1/reports/modules/{moduleId}/cohort")
@Tag(name = "HR/L&D integration")
@SecurityRequirement(name = "bearer")
@RolesAllowed("ld-admin")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Not an ld-admin")
@APIResponse(responseCode = "404", description = "No such module in the curriculum")
public class CohortReportResource {

    static final String CSV = "text/csv";
    private static final List<Variant> FORMATS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf(CSV)).build();

    private final CohortReportService reports;

    public CohortReportResource(CohortReportService reports) {
        this.reports = reports;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(operationId = "getCohortReport", summary = "Completion per item and the distribution of percent complete (JSON, or CSV with one row per item)")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortReport.class), examples = @ExampleObject(name = "module-9", value = """
                    {"moduleId": "module-9", "moduleVersion": 1, "learners": 2,
                     "items": [{"itemId": "clarify-requirements", "kind": "STEP", "title": "Clarify Requirements",
                                "completed": 1, "share": 0.500}],
                     "percentCompleteDistribution": {"0-24": 2, "25-49": 0, "50-74": 0, "75-99": 0, "100": 0}}""")),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, description = "CSV with a header row, one row per item"), examples = @ExampleObject(name = "module-9 as CSV", value = """
                    item_id,kind,title,completed,share,learners
                    clarify-requirements,STEP,"Clarify Requirements",1,0.500,2
                    """)) })
    public Uni<Response> report(@PathParam("moduleId") String moduleId, @Context Request request) {
        Variant variant = request.selectVariant(FORMATS);
        if (variant == null) {
            throw new NotAcceptableException("Cohort reports come as application/json or text/csv");
        }
        boolean csv = variant.getMediaType().isCompatible(MediaType.valueOf(CSV));
        return reports.report(moduleId).map(report -> csv
                ? Response.ok(toCsv(report), MediaType.valueOf(CSV).withCharset("UTF-8")).build()
                : Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build());
    }

    static String toCsv(CohortReport report) {
        List<String> rows = report.items().stream().map(i -> String.join(",", i.itemId(), i.kind(), quote(i.title()),
                String.valueOf(i.completed()), i.share().toPlainString(), String.valueOf(report.learners())))
                .collect(Collectors.toList());
        return "item_id,kind,title,completed,share,learners\r\n" + String.join("\r\n", rows) + "\r\n";
    }

    private static String quote(String text) {
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
