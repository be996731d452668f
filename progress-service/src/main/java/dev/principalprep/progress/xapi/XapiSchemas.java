package dev.principalprep.progress.xapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of what the statement resource serves, for the contract: the statements themselves are written as maps by
 * {@link Statements} and stored as written, so these records describe them and are never filled.
 */
final class XapiSchemas {

    private XapiSchemas() {
    }

    @Schema(name = "XapiStatementResult", description = "xAPI 1.0.3 StatementResult")
    record StatementResult(List<Statement> statements,
            @Schema(description = "Path of the next page on this gateway; empty on the last") String more) {
    }

    @Schema(name = "XapiStatement", description = "An xAPI 1.0.3 statement as the log holds it")
    record Statement(@Schema(description = "UUID, given when stored") String id, Agent actor, Verb verb,
            @Schema(description = "An Activity, or a StatementRef for a voiding statement") StatementObject object,
            @Schema(description = "Absent on a voiding statement") Result result,
            @Schema(description = "Absent on a voiding statement") Context context,
            @Schema(description = "When the fact happened, ISO 8601 UTC", format = "date-time") String timestamp,
            @Schema(description = "When it was written into the log, ISO 8601 UTC", format = "date-time") String stored,
            Agent authority, @Schema(example = "1.0.3") String version) {
    }

    @Schema(name = "XapiAgent")
    record Agent(@Schema(enumeration = "Agent") String objectType, Account account) {
    }

    @Schema(name = "XapiAccount")
    record Account(@Schema(example = "https://principalprep.dev") String homePage,
            @Schema(description = "The learner id (the token's subject)") String name) {
    }

    @Schema(name = "XapiVerb")
    record Verb(@Schema(description = "Verb IRI", enumeration = {
            "http://adlnet.gov/expapi/verbs/completed",
            "http://adlnet.gov/expapi/verbs/progressed", "http://adlnet.gov/expapi/verbs/attempted",
            "http://adlnet.gov/expapi/verbs/answered", "http://activitystrea.ms/schema/1.0/create",
            "http://adlnet.gov/expapi/verbs/voided" }) String id,
            @Schema(description = "Language map, en-US") Map<String, String> display){
    }

    @Schema(name = "XapiStatementObject")
    record StatementObject(@Schema(enumeration = {
            "Activity", "StatementRef" }) String objectType,
            @Schema(description = "Activity IRI, or the id of the statement voided") String id,
            ActivityDefinition definition){
    }

    @Schema(name = "XapiActivity")
    record Activity(@Schema(enumeration = "Activity") String objectType, String id, ActivityDefinition definition) {
    }

    @Schema(name = "XapiActivityDefinition")
    record ActivityDefinition(@Schema(description = "Language map, en-US") Map<String, String> name,
            @Schema(description = "Activity type IRI") String type) {
    }

    @Schema(name = "XapiResult")
    record Result(Boolean completion, Boolean success,
            @Schema(description = "ISO 8601 duration: minutes the learner logged, such as PT35M") String duration,
            @Schema(description = "Only on review answers: scaled 0 to 1, raw 0 to 5") Map<String, Number> score,
            @Schema(description = "cmi5 progress (https://w3id.org/xapi/cmi5/result/extensions/progress, 0 to 100), cost passes counted, skills gap and planned hours") Map<String, Object> extensions) {
    }

    @Schema(name = "XapiContext")
    record Context(ContextActivities contextActivities, @Schema(example = "Principal Prep") String platform,
            @Schema(example = "en-US") String language) {
    }

    @Schema(name = "XapiContextActivities")
    record ContextActivities(@Schema(description = "The module, for statements inside one") List<Activity> parent,
            @Schema(description = "The curriculum") List<Activity> grouping) {
    }
}
