package dev.principalprep.progress.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class StatementsTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-26T19:00:00+01:00");
    private static final String MODULE = "https://principalprep.dev/xapi/activities/modules/module-9";

    @SuppressWarnings("unchecked")
    private static <T> T at(Map<String, Object> map, String... path) {
        Object value = map;
        for (String key : path) {
            value = value instanceof List<?> list ? list.get(Integer.parseInt(key)) : ((Map<String, Object>) value).get(key);
        }
        return (T) value;
    }

    @Test
    void anItemCompletedNamesItsItemModuleCurriculumDurationAndUtcTime() {
        Statements.Draft draft = Statements.itemCompleted("learner-1", "module-9", "Career", "clarify-requirements",
                "Clarify Requirements", 35, AT);
        Map<String, Object> body = draft.body();
        assertEquals("learner-1", draft.learner());
        assertEquals(Statements.Verb.COMPLETED, draft.verb());
        assertEquals(MODULE + "/items/clarify-requirements", draft.objectId());
        assertNull(draft.voids());
        assertEquals(Map.of("objectType", "Agent", "account", Map.of("homePage", "https://principalprep.dev", "name",
                "learner-1")), body.get("actor"));
        assertEquals("http://adlnet.gov/expapi/verbs/completed", at(body, "verb", "id"));
        assertEquals("completed", at(body, "verb", "display", "en-US"));
        assertEquals(MODULE + "/items/clarify-requirements", at(body, "object", "id"));
        assertEquals("Clarify Requirements", at(body, "object", "definition", "name", "en-US"));
        assertEquals("http://adlnet.gov/expapi/activities/lesson", at(body, "object", "definition", "type"));
        assertEquals(Map.of("completion", true, "duration", "PT35M"), body.get("result"));
        assertEquals(MODULE, at(body, "context", "contextActivities", "parent", "0", "id"));
        assertEquals("Career", at(body, "context", "contextActivities", "parent", "0", "definition", "name", "en-US"));
        assertEquals("https://principalprep.dev/xapi/activities/curriculum",
                at(body, "context", "contextActivities", "grouping", "0", "id"));
        assertEquals("http://adlnet.gov/expapi/activities/course",
                at(body, "context", "contextActivities", "grouping", "0", "definition", "type"));
        assertEquals("2026-11-26T18:00:00Z", body.get("timestamp"));
        assertEquals("principal-prep", at(body, "authority", "account", "name"));
        assertEquals("1.0.3", body.get("version"));
    }

    @Test
    void noDurationWhenNoTimeWasSpent() {
        assertEquals(Map.of("completion", true), Statements.itemCompleted("l", "m", "M", "i", "I", 0, AT).body().get("result"));
        assertEquals("PT1M", at(Statements.itemCompleted("l", "m", "M", "i", "I", 1, AT).body(), "result", "duration"));
    }

    @Test
    void progressIsCmi5sExtensionInWholePercentNeverAScore() {
        Map<String, Object> body = Statements.moduleProgressed("l", "module-9", "Career", new BigDecimal("66.9"), 40, AT)
                .body();
        assertEquals(Map.of("completion", false, "duration", "PT40M", "extensions",
                Map.of("https://w3id.org/xapi/cmi5/result/extensions/progress", 66)), body.get("result"));
        assertEquals(MODULE, at(body, "object", "id"));
        assertEquals("http://adlnet.gov/expapi/activities/module", at(body, "object", "definition", "type"));
        assertEquals(Statements.Verb.PROGRESSED.id, at(body, "verb", "id"));
        assertFalse(((Map<?, ?>) at(body, "context", "contextActivities")).containsKey("parent"),
                "a module has no parent but the curriculum it is grouped in");
    }

    @Test
    void aModuleCompletedIsOnTheModuleActivityAtOneHundred() {
        Statements.Draft draft = Statements.moduleCompleted("l", "module-9", "Career", 600, AT);
        assertEquals(MODULE, draft.objectId());
        assertEquals(Statements.Verb.COMPLETED, draft.verb());
        assertEquals(Map.of("completion", true, "duration", "PT600M", "extensions",
                Map.of(Statements.PROGRESS_EXTENSION, 100)), draft.body().get("result"));
    }

    @Test
    void costPracticeNamesThePassesCounted() {
        Statements.Draft draft = Statements.costPracticeCompleted("l", "module-9", "Career", "practice-cost-calculations",
                "Practice cost calculations", 3, AT);
        assertEquals(MODULE + "/items/practice-cost-calculations", draft.objectId());
        assertEquals(Map.of("completion", true, "extensions", Map.of(Statements.COST_PASSES_EXTENSION, 3L)),
                draft.body().get("result"));
        assertEquals(MODULE, at(draft.body(), "context", "contextActivities", "parent", "0", "id"));
    }

    @Test
    void eachMockInterviewKindHasAnActivityOfItsOwnAtTheDayHeld() {
        Statements.Draft design = Statements.mockInterviewHeld("l", "module-9", "Career", "SYSTEM_DESIGN",
                LocalDate.parse("2026-11-20"));
        Statements.Draft behavioral = Statements.mockInterviewHeld("l", "module-9", "Career", "BEHAVIORAL",
                LocalDate.parse("2026-11-20"));
        assertEquals(MODULE + "/mock-interviews/system-design", design.objectId());
        assertEquals(MODULE + "/mock-interviews/behavioral", behavioral.objectId());
        assertEquals("Mock interview: system design", at(design.body(), "object", "definition", "name", "en-US"));
        assertEquals("2026-11-20T00:00:00Z", design.body().get("timestamp"));
        assertEquals(Statements.Verb.ATTEMPTED, design.verb());
    }

    @Test
    void storiesAndAssessmentsStateTheFactNotTheContent() {
        UUID story = UUID.randomUUID();
        Statements.Draft added = Statements.storyAdded("l", story, AT);
        assertEquals("https://principalprep.dev/xapi/activities/star-stories/" + story, added.objectId());
        assertEquals(Statements.Verb.CREATED, added.verb());
        assertEquals("http://activitystrea.ms/schema/1.0/create", at(added.body(), "verb", "id"));
        Statements.Draft assessed = Statements.skillsAssessed("l", "module-9", "Career", 12, 140, AT);
        assertEquals(MODULE + "/skills-assessment", assessed.objectId());
        assertEquals("{completion=true, extensions={" + Statements.SKILLS_GAP_EXTENSION + "=12, "
                + Statements.PLANNED_HOURS_EXTENSION + "=140}}", assessed.body().get("result").toString());
    }

    @Test
    void aReviewAnswerIsScoredOutOfFiveAndSucceedsFromThePassingGrade() {
        Map<String, Object> passed = Statements.reviewCardAnswered("l", "module-9", "Career", "card-1", "Front", 3, 3, AT)
                .body();
        assertEquals("{scaled=0.600, raw=3, min=0, max=5}", at(passed, "result", "score").toString());
        assertEquals(true, at(passed, "result", "success"));
        assertEquals(MODULE + "/review-cards/card-1", at(passed, "object", "id"));
        assertEquals(false, at(Statements.reviewCardAnswered("l", "m", "M", "c", "F", 2, 3, AT).body(), "result",
                "success"));
    }

    @Test
    void aVoidingStatementNamesTheStatementItVoids() {
        UUID voided = UUID.randomUUID();
        Statements.Draft draft = Statements.voiding("l", voided, AT);
        assertEquals(voided, draft.voids());
        assertEquals(voided.toString(), draft.objectId());
        assertEquals(Map.of("objectType", "StatementRef", "id", voided.toString()), draft.body().get("object"));
        assertEquals("http://adlnet.gov/expapi/verbs/voided", at(draft.body(), "verb", "id"));
        assertEquals("2026-11-26T18:00:00Z", draft.body().get("timestamp"));
        assertEquals("1.0.3", draft.body().get("version"));
        assertEquals("principal-prep", at(draft.body(), "authority", "account", "name"));
        assertEquals("l", at(draft.body(), "actor", "account", "name"));
    }

    @Test
    void servedStatementsCarryTheirIdFirstAndStoredTime() {
        UUID id = UUID.randomUUID();
        Map<String, Object> served = Statements.served(id, Map.of("version", "1.0.3"), AT);
        assertEquals(List.of("id", "version", "stored"), List.copyOf(served.keySet()));
        assertEquals(id.toString(), served.get("id"));
        assertEquals("2026-11-26T18:00:00Z", served.get("stored"));
        assertTrue(Statements.item("m", "a", "A").id().endsWith("/modules/m/items/a"));
    }
}
