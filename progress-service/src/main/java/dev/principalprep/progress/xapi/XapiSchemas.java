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
    record StatementResult(
            @Schema(description = "this page's statements, newest stored first (oldest first with ascending=true)") List<Statement> statements,
            @Schema(description = "Path of the next page on this gateway; empty on the last") String more) {
    }

    @Schema(name = "XapiStatement", description = "An xAPI 1.0.3 statement as the log holds it")
    record Statement(@Schema(description = "UUID, given when stored") String id,
            @Schema(description = "xAPI actor, whom the statement is about: the learner's account on this platform") Agent actor,
            @Schema(description = "xAPI verb, what the actor did") Verb verb,
            @Schema(description = "An Activity, or a StatementRef for a voiding statement") StatementObject object,
            @Schema(description = "Absent on a voiding statement") Result result,
            @Schema(description = "Absent on a voiding statement") Context context,
            @Schema(description = "When the fact happened, ISO 8601 UTC", format = "date-time") String timestamp,
            @Schema(description = "When it was written into the log, ISO 8601 UTC", format = "date-time") String stored,
            @Schema(description = "xAPI authority, who asserts the statement is true: the platform's own account, principal-prep") Agent authority,
            @Schema(description = "the xAPI version the statement follows", example = "1.0.3") String version) {
    }

    @Schema(name = "XapiAgent")
    record Agent(
            @Schema(description = "always Agent: xAPI's type for one person or system", enumeration = "Agent") String objectType,
            @Schema(description = "xAPI account, the agent's identifier: an id (name) on a system (homePage)") Account account) {
    }

    @Schema(name = "XapiAccount")
    record Account(
            @Schema(description = "xAPI homePage, the home page of the system the account is on: always https://principalprep.dev", example = "https://principalprep.dev") String homePage,
            @Schema(description = "The account's id on that system: the learner id (the token's subject), erased: and a random UUID once the learner is erased, principal-prep for the authority") String name) {
    }

    @Schema(name = "XapiVerb")
    record Verb(
            @Schema(description = "the verb's IRI: completed an item, the module or a skills self-assessment; progressed the module's percent moved; attempted a mock interview held; answered a review card; create a STAR story added; voided an earlier statement undone", enumeration = {
                    "http://adlnet.gov/expapi/verbs/completed",
                    "http://adlnet.gov/expapi/verbs/progressed", "http://adlnet.gov/expapi/verbs/attempted",
                    "http://adlnet.gov/expapi/verbs/answered", "http://activitystrea.ms/schema/1.0/create",
                    "http://adlnet.gov/expapi/verbs/voided" }) String id,
            @Schema(description = "Language map, en-US") Map<String, String> display){
    }

    @Schema(name = "XapiStatementObject")
    record StatementObject(
            @Schema(description = "Activity for what the learner acted on, StatementRef when the statement voids another", enumeration = {
                    "Activity", "StatementRef" }) String objectType,
            @Schema(description = "Activity IRI, or the id of the statement voided") String id,
            @Schema(description = "the activity's name and type; absent on a StatementRef") ActivityDefinition definition){
    }

    @Schema(name = "XapiActivity")
    record Activity(@Schema(description = "always Activity", enumeration = "Activity") String objectType,
            @Schema(description = "the activity's IRI, stable across module versions, such as https://principalprep.dev/xapi/activities/modules/module-9") String id,
            @Schema(description = "the activity's name and type") ActivityDefinition definition) {
    }

    @Schema(name = "XapiActivityDefinition")
    record ActivityDefinition(
            @Schema(description = "the activity's name, as a language map keyed en-US") Map<String, String> name,
            @Schema(description = "the activity type's IRI: ADL's course, module, lesson, assessment, simulation or cmi.interaction, or https://principalprep.dev/xapi/activity-types/star-story") String type) {
    }

    @Schema(name = "XapiResult")
    record Result(
            @Schema(description = "xAPI completion, whether the activity was completed: false only on a module's progressed statement") Boolean completion,
            @Schema(description = "xAPI success, whether the attempt succeeded: only on review answers, true from grade 3") Boolean success,
            @Schema(description = "ISO 8601 duration: minutes the learner logged, such as PT35M; absent when none were") String duration,
            @Schema(description = "Only on review answers: scaled (the grade / 5, 0 to 1, three decimals), raw (the grade, 0 to 5), min 0, max 5") Map<String, Number> score,
            @Schema(description = "cmi5 progress (https://w3id.org/xapi/cmi5/result/extensions/progress, 0 to 100), cost passes counted, skills gap and planned hours") Map<String, Object> extensions) {
    }

    @Schema(name = "XapiContext")
    record Context(
            @Schema(description = "xAPI contextActivities, the activities the statement sits in: its module (parent) and the curriculum (grouping)") ContextActivities contextActivities,
            @Schema(description = "xAPI platform, where the experience happened: always Principal Prep", example = "Principal Prep") String platform,
            @Schema(description = "xAPI language, the RFC 5646 code of the language the experience was in: always en-US", example = "en-US") String language) {
    }

    @Schema(name = "XapiContextActivities")
    record ContextActivities(@Schema(description = "The module, for statements inside one") List<Activity> parent,
            @Schema(description = "The curriculum") List<Activity> grouping) {
    }
}
