package dev.principalprep.progress.xapi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * xAPI 1.0.3 statements as plain maps, built when their fact happens. The actor is the learner's account on this
 * platform; each item, module, mock interview kind, review card and story has an activity id of its own, stable across
 * module versions; every statement of a module names the module as its parent and the curriculum as its grouping.
 * Progress is cmi5's progress extension (0 to 100), never a score: only review answers carry a score.
 */
public final class Statements {

    public static final String VERSION = "1.0.3";
    public static final String HOME_PAGE = "https://principalprep.dev";
    public static final String ACTIVITIES = HOME_PAGE + "/xapi/activities/";
    public static final String CURRICULUM_ACTIVITY = ACTIVITIES + "curriculum";
    public static final String PROGRESS_EXTENSION = "https://w3id.org/xapi/cmi5/result/extensions/progress";
    public static final String COST_PASSES_EXTENSION = HOME_PAGE + "/xapi/extensions/cost-passes";
    public static final String SKILLS_GAP_EXTENSION = HOME_PAGE + "/xapi/extensions/skills-gap";
    public static final String PLANNED_HOURS_EXTENSION = HOME_PAGE + "/xapi/extensions/planned-hours";
    static final String ACTIVITY_TYPES = "http://adlnet.gov/expapi/activities/";

    private Statements() {
    }

    /** The verbs statements use: ADL's, and Activity Streams' create for a story written. */
    public enum Verb {
        COMPLETED("http://adlnet.gov/expapi/verbs/completed", "completed"),
        PROGRESSED("http://adlnet.gov/expapi/verbs/progressed", "progressed"),
        ATTEMPTED("http://adlnet.gov/expapi/verbs/attempted", "attempted"),
        ANSWERED("http://adlnet.gov/expapi/verbs/answered", "answered"),
        CREATED("http://activitystrea.ms/schema/1.0/create", "created"),
        VOIDED("http://adlnet.gov/expapi/verbs/voided", "voided");

        public final String id;
        public final String display;

        Verb(String id, String display) {
            this.id = id;
            this.display = display;
        }
    }

    /** An activity: its id, name and type (IRIs). */
    public record Activity(String id, String name, String type) {

        Map<String, Object> write() {
            return Map.of("objectType", "Activity", "id", id, "definition",
                    Map.of("name", Map.of("en-US", name), "type", type));
        }
    }

    /**
     * A statement ready to be stored: what the log indexes it by, and the statement itself without its id and stored
     * time, which the log gives it.
     */
    public record Draft(String learner, Verb verb, String objectId, UUID voids, Map<String, Object> body) {
    }

    public static Activity module(String moduleId, String title) {
        return new Activity(ACTIVITIES + "modules/" + moduleId, title, ACTIVITY_TYPES + "module");
    }

    public static Activity item(String moduleId, String itemId, String title) {
        return new Activity(ACTIVITIES + "modules/" + moduleId + "/items/" + itemId, title, ACTIVITY_TYPES + "lesson");
    }

    public static Activity mockInterview(String moduleId, String kind) {
        String words = kind.toLowerCase(Locale.ROOT).replace('_', ' ');
        return new Activity(ACTIVITIES + "modules/" + moduleId + "/mock-interviews/" + words.replace(' ', '-'),
                "Mock interview: " + words, ACTIVITY_TYPES + "simulation");
    }

    static Activity curriculum() {
        return new Activity(CURRICULUM_ACTIVITY, "Principal Prep: Staff/Principal data engineering interview preparation",
                ACTIVITY_TYPES + "course");
    }

    /** An item completed for the first time (or again after an undo), with the minutes the learner spent on it. */
    public static Draft itemCompleted(String learner, String moduleId, String moduleTitle, String itemId, String title,
            int minutesSpent, OffsetDateTime at) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("completion", true);
        putDuration(result, minutesSpent);
        return draft(learner, Verb.COMPLETED, item(moduleId, itemId, title), module(moduleId, moduleTitle), at, result);
    }

    /** The module's progress after one of its items changed, as cmi5's progress extension (whole percent). */
    public static Draft moduleProgressed(String learner, String moduleId, String title, BigDecimal percent,
            int minutesSpent, OffsetDateTime at) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("completion", false);
        putDuration(result, minutesSpent);
        result.put("extensions", Map.of(PROGRESS_EXTENSION, percent.setScale(0, RoundingMode.FLOOR).intValueExact()));
        return draft(learner, Verb.PROGRESSED, module(moduleId, title), null, at, result);
    }

    /** The module's last item completed: completed on the module activity, with the minutes spent on all its items. */
    public static Draft moduleCompleted(String learner, String moduleId, String title, int minutesSpent,
            OffsetDateTime at) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("completion", true);
        putDuration(result, minutesSpent);
        result.put("extensions", Map.of(PROGRESS_EXTENSION, 100));
        return draft(learner, Verb.COMPLETED, module(moduleId, title), null, at, result);
    }

    /** "Practice cost calculations" completed by cost passes rather than by hand: the passes counted are named. */
    public static Draft costPracticeCompleted(String learner, String moduleId, String moduleTitle, String itemId,
            String title, long passes, OffsetDateTime at) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("completion", true);
        result.put("extensions", Map.of(COST_PASSES_EXTENSION, passes));
        return draft(learner, Verb.COMPLETED, item(moduleId, itemId, title), module(moduleId, moduleTitle), at, result);
    }

    /** A STAR story added to the learner's bank; its content stays private, only the fact is stated. */
    public static Draft storyAdded(String learner, UUID storyId, OffsetDateTime at) {
        return draft(learner, Verb.CREATED, new Activity(ACTIVITIES + "star-stories/" + storyId, "STAR story",
                HOME_PAGE + "/xapi/activity-types/star-story"), null, at, Map.of("completion", true));
    }

    /** A skills self-assessment recorded: the total gap (levels) and the study hours it plans, never the levels. */
    public static Draft skillsAssessed(String learner, String moduleId, String moduleTitle, int totalGap,
            int plannedHours, OffsetDateTime at) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("completion", true);
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put(SKILLS_GAP_EXTENSION, totalGap);
        extensions.put(PLANNED_HOURS_EXTENSION, plannedHours);
        result.put("extensions", extensions);
        return draft(learner, Verb.COMPLETED, new Activity(ACTIVITIES + "modules/" + moduleId + "/skills-assessment",
                "Skills gap self-assessment", ACTIVITY_TYPES + "assessment"), module(moduleId, moduleTitle), at, result);
    }

    /** A mock interview held, timestamped at the start (UTC) of the day it was held; its scores stay private. */
    public static Draft mockInterviewHeld(String learner, String moduleId, String moduleTitle, String kind,
            LocalDate heldOn) {
        return draft(learner, Verb.ATTEMPTED, mockInterview(moduleId, kind), module(moduleId, moduleTitle),
                heldOn.atStartOfDay().atOffset(ZoneOffset.UTC), Map.of("completion", true));
    }

    /** A review card answered: scored by its grade out of 5, a success from the passing grade on. */
    public static Draft reviewCardAnswered(String learner, String moduleId, String moduleTitle, String cardId,
            String front, int grade, int passingGrade, OffsetDateTime at) {
        Map<String, Object> result = new LinkedHashMap<>();
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("scaled", BigDecimal.valueOf(grade).divide(BigDecimal.valueOf(5), 3, RoundingMode.HALF_UP));
        score.put("raw", grade);
        score.put("min", 0);
        score.put("max", 5);
        result.put("score", score);
        result.put("success", grade >= passingGrade);
        result.put("completion", true);
        return draft(learner, Verb.ANSWERED, new Activity(ACTIVITIES + "modules/" + moduleId + "/review-cards/" + cardId,
                front, ACTIVITY_TYPES + "cmi.interaction"), module(moduleId, moduleTitle), at, result);
    }

    /** The undo of a statement: voided, naming the statement it voids. */
    public static Draft voiding(String learner, UUID voided, OffsetDateTime at) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("actor", actor(learner));
        body.put("verb", verb(Verb.VOIDED));
        body.put("object", Map.of("objectType", "StatementRef", "id", voided.toString()));
        body.put("timestamp", utc(at));
        body.put("authority", authority());
        body.put("version", VERSION);
        return new Draft(learner, Verb.VOIDED, voided.toString(), voided, body);
    }

    /** The statement as served: its body with the id and the stored time the log gave it. */
    public static Map<String, Object> served(UUID id, Map<String, Object> body, OffsetDateTime stored) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("id", id.toString());
        statement.putAll(body);
        statement.put("stored", utc(stored));
        return statement;
    }

    private static Draft draft(String learner, Verb verb, Activity object, Activity parent, OffsetDateTime at,
            Map<String, Object> result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("actor", actor(learner));
        body.put("verb", verb(verb));
        body.put("object", object.write());
        body.put("result", result);
        Map<String, Object> activities = new LinkedHashMap<>();
        if (parent != null) {
            activities.put("parent", List.of(parent.write()));
        }
        activities.put("grouping", List.of(curriculum().write()));
        body.put("context", Map.of("contextActivities", activities, "platform", "Principal Prep", "language", "en-US"));
        body.put("timestamp", utc(at));
        body.put("authority", authority());
        body.put("version", VERSION);
        return new Draft(learner, verb, object.id(), null, body);
    }

    private static void putDuration(Map<String, Object> result, int minutes) {
        if (minutes > 0) {
            result.put("duration", "PT" + minutes + "M");
        }
    }

    private static Map<String, Object> actor(String learner) {
        return Map.of("objectType", "Agent", "account", Map.of("homePage", HOME_PAGE, "name", learner));
    }

    private static Map<String, Object> verb(Verb verb) {
        return Map.of("id", verb.id, "display", Map.of("en-US", verb.display));
    }

    private static Map<String, Object> authority() {
        return Map.of("objectType", "Agent", "account", Map.of("homePage", HOME_PAGE, "name", "principal-prep"));
    }

    static String utc(OffsetDateTime at) {
        return at.toInstant().toString();
    }
}
