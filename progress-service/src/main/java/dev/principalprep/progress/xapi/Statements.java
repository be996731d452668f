package dev.principalprep.progress.xapi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * xAPI 1.0.3 statements as plain maps: the actor is an account on this platform, verbs are ADL's, activity ids are
 * built from the content ids, and a statement's id is derived from what it says, so it is the same on every read.
 */
public final class Statements {

    public static final String VERSION = "1.0.3";
    public static final String HOME_PAGE = "https://principalprep.dev";
    static final String ACTIVITIES = HOME_PAGE + "/xapi/activities/";
    static final String VERBS = "http://adlnet.gov/expapi/verbs/";

    private Statements() {
    }

    /** What happened, before it is written as a statement. */
    public record Fact(String verb, String learner, String activityId, String activityName, String activityType,
            OffsetDateTime timestamp, Boolean completion, BigDecimal scaledScore) {

        public String id() {
            return UUID.nameUUIDFromBytes((verb + "|" + learner + "|" + activityId + "|" + timestamp.toInstant())
                    .getBytes(StandardCharsets.UTF_8)).toString();
        }
    }

    public static Fact completedItem(String learner, String moduleId, String itemId, String title, OffsetDateTime at) {
        return new Fact("completed", learner, ACTIVITIES + moduleId + "/" + itemId, title,
                "http://adlnet.gov/expapi/activities/lesson", at, true, null);
    }

    public static Fact progressedModule(String learner, String moduleId, String title, BigDecimal percent,
            OffsetDateTime at) {
        BigDecimal scaled = percent.divide(BigDecimal.valueOf(100), 3, RoundingMode.HALF_UP);
        return new Fact("progressed", learner, ACTIVITIES + moduleId, title, "http://adlnet.gov/expapi/activities/module",
                at, scaled.compareTo(BigDecimal.ONE) >= 0, scaled);
    }

    public static Fact attemptedMockInterview(String learner, String moduleId, String kind, OffsetDateTime at) {
        return new Fact("attempted", learner, ACTIVITIES + moduleId + "/mock-interview", "Mock interview (" + kind + ")",
                "http://adlnet.gov/expapi/activities/simulation", at, true, null);
    }

    /** A review card answered: scored by its grade out of 5, completed whatever the grade. */
    public static Fact answeredReviewCard(String learner, String moduleId, String cardId, String front, int grade,
            OffsetDateTime at) {
        return new Fact("answered", learner, ACTIVITIES + moduleId + "/review/" + cardId, front,
                "http://adlnet.gov/expapi/activities/cmi.interaction", at, true,
                BigDecimal.valueOf(grade).divide(BigDecimal.valueOf(5), 3, RoundingMode.HALF_UP));
    }

    public static Map<String, Object> write(Fact fact) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("id", fact.id());
        statement.put("actor", Map.of("objectType", "Agent", "account", Map.of("homePage", HOME_PAGE, "name", fact.learner())));
        statement.put("verb", Map.of("id", VERBS + fact.verb(), "display", Map.of("en-US", fact.verb())));
        statement.put("object", Map.of("objectType", "Activity", "id", fact.activityId(), "definition",
                Map.of("name", Map.of("en-US", fact.activityName()), "type", fact.activityType())));
        Map<String, Object> result = new LinkedHashMap<>();
        if (fact.completion() != null) {
            result.put("completion", fact.completion());
        }
        if (fact.scaledScore() != null) {
            result.put("score", Map.of("scaled", fact.scaledScore()));
        }
        statement.put("result", result);
        String at = fact.timestamp().withOffsetSameInstant(ZoneOffset.UTC).toString();
        statement.put("timestamp", at);
        statement.put("stored", at);
        statement.put("authority", Map.of("objectType", "Agent", "account", Map.of("homePage", HOME_PAGE, "name",
                "principal-prep")));
        statement.put("version", VERSION);
        return statement;
    }
}
