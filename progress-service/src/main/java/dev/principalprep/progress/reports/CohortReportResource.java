package dev.principalprep.progress.reports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

/** Cohort reports for L&D admins: aggregates only, never a learner's stories, reflections or scores. */
@Path("/api/v1/reports/modules/{moduleId}/cohort")
@Tag(name = "HR/L&D integration")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ "ld-admin", "integration" })
@APIResponse(responseCode = "400", description = "A cohort id, group or day that breaks the rules, or from after to", content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "403", description = "Neither an ld-admin nor an integration", content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "404", description = "No such module in the curriculum, or no such named cohort", content = @Content(mediaType = "application/problem+json"))
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
    @Operation(operationId = "getCohortReport", summary = "Completion per item and the distribution of percent complete (JSON, or the same as CSV)", description = """
            The cohort is the learners (subjects that wrote their data with a learner token; never integration or
            ld-admin tokens) holding progress in the module: all of them, or those of a named cohort
            (/api/v1/reports/cohorts) and/or of a group their token's groups claim names. With from/to (UTC days,
            inclusive) only learners active in the range count, and only completions made in it; percent complete is
            each learner's as it stands.""")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortReport.class), examples = @ExampleObject(name = "module-9", value = """
                    {"moduleId": "module-9", "moduleVersion": 1, "cohort": "data-platform-2026", "group": null,
                     "from": "2026-11-01", "to": "2026-11-30", "learners": 2,
                     "items": [{"itemId": "clarify-requirements", "kind": "STEP", "title": "Clarify Requirements",
                                "completed": 1, "share": 0.500}],
                     "percentCompleteDistribution": {"0-24": 2, "25-49": 0, "50-74": 0, "75-99": 0, "100": 0}}""")),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, description = "CSV with a header row: a record per item and one per band of percent complete, each with the report's fields"), examples = @ExampleObject(name = "module-9 as CSV", value = """
                    record,module_id,module_version,cohort,group,from,to,learners,item_id,kind,title,completed,share,percent_band
                    item,module-9,1,data-platform-2026,,2026-11-01,2026-11-30,2,clarify-requirements,STEP,"Clarify Requirements",1,0.500,
                    distribution,module-9,1,data-platform-2026,,2026-11-01,2026-11-30,2,,,,2,,0-24
                    """)) })
    public Uni<Response> report(@PathParam("moduleId") String moduleId,
            @Parameter(description = "A named cohort's id") @QueryParam("cohort") @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}") String cohort,
            @Parameter(description = "A group from learners' tokens (groups claim)") @QueryParam("group") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}") String group,
            @Parameter(description = "First UTC day, YYYY-MM-DD", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String fromDay,
            @Parameter(description = "Last UTC day (inclusive), YYYY-MM-DD", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String toDay,
            @Context Request request) {
        Variant variant = request.selectVariant(FORMATS);
        if (variant == null) {
            throw new NotAcceptableException("Cohort reports come as application/json or text/csv");
        }
        LocalDate from = day("from", fromDay);
        LocalDate to = day("to", toDay);
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequestException("from must not be after to");
        }
        boolean csv = variant.getMediaType().isCompatible(MediaType.valueOf(CSV));
        return reports.report(moduleId, new CohortReport.Filter(cohort, group, from, to)).map(report -> csv
                ? Response.ok(toCsv(report), MediaType.valueOf(CSV).withCharset("UTF-8")).build()
                : Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build());
    }

    /** Every field of the JSON: one row per item and one per percent band, each with the report's own fields. */
    static String toCsv(CohortReport report) {
        String head = String.join(",", report.moduleId(), String.valueOf(report.moduleVersion()), text(report.cohort()),
                text(report.group()), text(report.from()), text(report.to()), String.valueOf(report.learners()));
        List<String> rows = new java.util.ArrayList<>();
        report.items().forEach(i -> rows.add(String.join(",", "item", head, i.itemId(), i.kind(), quote(i.title()),
                String.valueOf(i.completed()), i.share().toPlainString(), "")));
        report.percentCompleteDistribution().forEach((band, learners) -> rows.add(String.join(",", "distribution", head,
                "", "", "", String.valueOf(learners), "", band)));
        return "record,module_id,module_version,cohort,group,from,to,learners,item_id,kind,title,completed,share,percent_band\r\n"
                + String.join("\r\n", rows) + "\r\n";
    }

    private static LocalDate day(String name, String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be a day written YYYY-MM-DD, such as 2026-11-01");
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String quote(String text) {
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
