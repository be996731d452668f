package dev.principalprep.progress.xapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.principalprep.events.EstimateCreated;
import dev.principalprep.events.Topics;
import dev.principalprep.localstack.testing.JwtTestResource;
import dev.principalprep.localstack.testing.TestTopics;
import dev.principalprep.progress.support.Curriculum;
import dev.principalprep.progress.support.Learners;
import dev.principalprep.progress.support.ProgressServiceTest;
import dev.principalprep.progress.support.QueryPlans;
import dev.principalprep.progress.support.SkillsMatrix;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@ProgressServiceTest
class StatementLogTest {

    @Inject
    StatementBackfillJob backfill;
    @Inject
    Mutiny.SessionFactory sessionFactory;

    private static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    private static final String ITEMS = "https://principalprep.dev/xapi/activities/modules/%s/items/%s";

    private static RequestSpecification lrs() {
        return given().auth().oauth2(JwtTestResource.token("hr-platform", "integration"))
                .header("X-Experience-API-Version", "1.0.3");
    }

    private static String agent(String learner) {
        return "{\"objectType\": \"Agent\", \"account\": {\"homePage\": \"https://principalprep.dev\", \"name\": \""
                + learner + "\"}}";
    }

    /** Every statement of one learner, oldest first. */
    private static Response mine(String learner) {
        return lrs().queryParam("agent", agent(learner)).queryParam("ascending", "true").queryParam("limit", "0")
                .when().get("/api/v1/xapi/statements");
    }

    /** This page and every page its more links lead to. */
    private static List<Response> pages(Response first) {
        List<Response> pages = new ArrayList<>(List.of(first));
        for (String more = first.path("more"); !more.isEmpty(); more = pages.get(pages.size() - 1).path("more")) {
            pages.add(lrs().urlEncodingEnabled(false).when().get(more));
        }
        return pages;
    }

    private static void mark(String learner, String module, String item, String status, int minutes) {
        Learners.as(learner).contentType(ContentType.JSON)
                .body("{\"status\": \"" + status + "\", \"minutesSpent\": " + minutes + "}")
                .when().put("/api/v1/learners/me/modules/" + module + "/items/" + item).then().statusCode(200);
    }

    @Test
    void completionsProgressAndUndoAreWrittenOnceAndVoidedNeverChanged() {
        Curriculum.publish("log-module");
        String learner = "learner-log-" + UUID.randomUUID();
        mark(learner, "log-module", "step-a", "COMPLETED", 20);
        mark(learner, "log-module", "step-a", "COMPLETED", 20);

        Response first = mine(learner);
        first.then().statusCode(200)
                .body("statements.verb.display.'en-US'", contains("completed", "progressed"))
                .body("statements[0].object.id", equalTo(ITEMS.formatted("log-module", "step-a")))
                .body("statements[0].result.duration", equalTo("PT20M"))
                .body("statements[0].context.contextActivities.parent[0].id",
                        equalTo("https://principalprep.dev/xapi/activities/modules/log-module"))
                .body("statements[0].context.contextActivities.grouping[0].id",
                        equalTo("https://principalprep.dev/xapi/activities/curriculum"))
                .body("statements[1].object.id", equalTo("https://principalprep.dev/xapi/activities/modules/log-module"))
                .body("statements[1].result.extensions.'https://w3id.org/xapi/cmi5/result/extensions/progress'",
                        equalTo(30))
                .body("statements[1].result.score", equalTo(null));
        String completion = first.path("statements[0].id");

        mark(learner, "log-module", "step-a", "NOT_STARTED", 20);
        Response undone = mine(learner);
        undone.then().body("statements.verb.display.'en-US'", contains("progressed", "voided", "progressed"))
                .body("statements[1].object.objectType", equalTo("StatementRef"))
                .body("statements[1].object.id", equalTo(completion))
                .body("statements[2].result.extensions.'https://w3id.org/xapi/cmi5/result/extensions/progress'",
                        equalTo(0));
        lrs().queryParam("voidedStatementId", completion).when().get("/api/v1/xapi/statements").then()
                .statusCode(200).body("id", equalTo(completion)).body("verb.id", equalTo(COMPLETED));
        lrs().queryParam("statementId", completion).when().get("/api/v1/xapi/statements").then().statusCode(404);
        mark(learner, "log-module", "step-a", "NOT_STARTED", 20);
        mine(learner).then().body("statements", hasSize(3));

        mark(learner, "log-module", "step-a", "COMPLETED", 25);
        mark(learner, "log-module", "step-b", "COMPLETED", 50);
        mark(learner, "log-module", "practice-cost-calculations", "COMPLETED", 10);
        mark(learner, "log-module", "takeaway", "COMPLETED", 0);
        Response done = mine(learner);
        List<String> verbs = done.path("statements.verb.display.'en-US'");
        assertEquals(List.of("progressed", "voided", "progressed", "completed", "progressed", "completed", "progressed",
                "completed", "progressed", "completed", "completed"), verbs);
        done.then().body("statements[-1].object.id", equalTo("https://principalprep.dev/xapi/activities/modules/log-module"))
                .body("statements[-1].result.completion", equalTo(true))
                .body("statements[-1].result.duration", equalTo("PT85M"))
                .body("statements[-1].result.extensions.'https://w3id.org/xapi/cmi5/result/extensions/progress'",
                        equalTo(100));
        String again = done.path("statements[3].id");
        assertNotEquals(completion, again, "a completion after an undo is a new statement");

        lrs().queryParam("agent", agent(learner)).queryParam("verb", COMPLETED)
                .queryParam("activity", ITEMS.formatted("log-module", "step-b")).when().get("/api/v1/xapi/statements")
                .then().statusCode(200).body("statements", hasSize(1)).body("statements[0].result.duration", equalTo("PT50M"));
        lrs().queryParam("agent", agent("someone-else-" + UUID.randomUUID())).when().get("/api/v1/xapi/statements")
                .then().statusCode(200).body("statements", hasSize(0));
        lrs().queryParam("agent", "{\"mbox\": \"mailto:" + learner + "@example.com\"}").when()
                .get("/api/v1/xapi/statements").then().statusCode(200).body("statements", hasSize(0));
    }

    /**
     * Mechanism: the standing statements an undo voids are found by a query planned once. As a native query returning
     * rows, each undo missed Hibernate's query plan cache twice (item and module) and added a plan each time.
     */
    @Test
    void undoingAgainFindsEveryQueryPlanInTheCache() {
        Curriculum.publish("plans-log-module");
        String learner = "learner-log-plans-" + UUID.randomUUID();
        Runnable completeAndUndo = () -> {
            mark(learner, "plans-log-module", "step-a", "COMPLETED", 20);
            mark(learner, "plans-log-module", "step-a", "NOT_STARTED", 20);
        };
        QueryPlans.assertKept(sessionFactory, completeAndUndo, QueryPlans.times(10, completeAndUndo), 10);
        List<String> verbs = mine(learner).path("statements.verb.display.'en-US'");
        assertEquals(11, Collections.frequency(verbs, "voided"), verbs::toString);
        assertTrue(!verbs.contains("completed"), verbs::toString);
    }

    @Test
    void pagesFollowMoreSinceUntilAndBothOrdersWithTheConsistentThroughHeader() {
        Curriculum.publish("paging-module");
        String learner = "learner-paging-" + UUID.randomUUID();
        mark(learner, "paging-module", "step-a", "COMPLETED", 5);
        mark(learner, "paging-module", "step-b", "COMPLETED", 5);
        mark(learner, "paging-module", "takeaway", "COMPLETED", 5);
        List<String> all = mine(learner).path("statements.id");
        assertEquals(6, all.size());

        List<String> paged = new ArrayList<>();
        List<Response> pages = pages(lrs().queryParam("agent", agent(learner)).queryParam("limit", "4").when()
                .get("/api/v1/xapi/statements"));
        assertEquals(2, pages.size());
        for (Response page : pages) {
            page.then().statusCode(200).header("X-Experience-API-Version", "1.0.3")
                    .header("X-Experience-API-Consistent-Through", notNullValue());
            Instant through = Instant.parse(page.header("X-Experience-API-Consistent-Through"));
            assertTrue(!through.isAfter(Instant.now()), "consistent through " + through + " is not in the future");
            paged.addAll(page.path("statements.id"));
        }
        List<String> newestFirst = new ArrayList<>(all);
        java.util.Collections.reverse(newestFirst);
        assertEquals(newestFirst, paged, "newest first by default, every statement once");

        List<Map<String, Object>> statements = mine(learner).path("statements");
        String secondStored = (String) statements.get(1).get("stored");
        String fourthStored = (String) statements.get(3).get("stored");
        Response between = lrs().queryParam("agent", agent(learner)).queryParam("ascending", "true")
                .queryParam("since", secondStored).queryParam("until", fourthStored).when().get("/api/v1/xapi/statements");
        between.then().statusCode(200).body("more", emptyString());
        List<String> expected = statements.stream().filter(s -> Instant.parse((String) s.get("stored"))
                .isAfter(Instant.parse(secondStored))
                && !Instant.parse((String) s.get("stored")).isAfter(Instant.parse(fourthStored)))
                .map(s -> (String) s.get("id")).toList();
        assertEquals(expected, between.path("statements.id"));
        assertTrue(expected.contains(statements.get(3).get("id")), "until is inclusive");
        assertTrue(!expected.contains(statements.get(1).get("id")), "since is exclusive");
    }

    @Test
    void costPracticeStoriesAssessmentsAndMockInterviewsAreStatedWhenTheyHappen() {
        Curriculum.publish("facts-module");
        SkillsMatrix.publish("facts-skills");
        String learner = "learner-facts-" + UUID.randomUUID();
        for (int pass = 0; pass < 4; pass++) {
            String estimate = UUID.randomUUID().toString();
            TestTopics.send(Topics.COST_ESTIMATES, estimate, """
                    {"estimateId": "%s", "owner": "%s", "totalLow": 27300.00, "totalHigh": 42300.00,
                     "catalog": "module-9", "catalogVersion": 1}""".formatted(estimate, learner),
                    TestTopics.cloudEvent(UUID.randomUUID().toString(), EstimateCreated.TYPE));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Learners.as(learner)
                .when().get("/api/v1/learners/me/modules/facts-module/progress").then()
                .body("costPractice.passes", equalTo(4)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Learners.as(learner).contentType(ContentType.JSON)
                .body(SkillsMatrix.LEVELS).when().post("/api/v1/learners/me/modules/facts-skills/skills/assessments")
                .then().statusCode(201));
        Learners.as(learner).contentType(ContentType.JSON).body("{\"title\": \"Cut the bill\", \"situation\": "
                + "\"Our storage bill doubled in a year\", \"task\": \"Bring it back under budget\", \"action\": "
                + "\"I tiered the lake and moved cold data\", \"result\": \"We saved 40% a month\"}")
                .when().post("/api/v1/learners/me/stories").then().statusCode(201);
        for (String kind : List.of("SYSTEM_DESIGN", "BEHAVIORAL")) {
            Learners.as(learner).contentType(ContentType.JSON)
                    .body("{\"heldOn\": \"2026-11-20\", \"kind\": \"" + kind + "\"}")
                    .when().post("/api/v1/learners/me/modules/facts-module/mock-interviews").then().statusCode(201);
        }

        Response log = mine(learner);
        List<Map<String, Object>> practice = log.path("statements.findAll { it.object.id == '"
                + ITEMS.formatted("facts-module", "practice-cost-calculations") + "' }");
        assertEquals(1, practice.size(), "stated once, at the third pass, not again at the fourth: " + practice);
        log.then()
                .body("statements.find { it.object.id == '" + ITEMS.formatted("facts-module", "practice-cost-calculations")
                        + "' }.result.extensions.'https://principalprep.dev/xapi/extensions/cost-passes'", equalTo(3))
                .body("statements.findAll { it.verb.id == 'http://activitystrea.ms/schema/1.0/create' }", hasSize(1))
                .body("statements.find { it.object.id.endsWith('/skills-assessment') }.context.contextActivities.parent[0].id",
                        equalTo("https://principalprep.dev/xapi/activities/modules/facts-skills"))
                .body("statements.findAll { it.object.id.contains('/mock-interviews/') }.object.id", contains(
                        "https://principalprep.dev/xapi/activities/modules/facts-module/mock-interviews/system-design",
                        "https://principalprep.dev/xapi/activities/modules/facts-module/mock-interviews/behavioral"))
                .body("statements.findAll { it.object.id.contains('/mock-interviews/') }.timestamp",
                        contains("2026-11-20T00:00:00Z", "2026-11-20T00:00:00Z"))
                .body("statements.find { it.object.id.contains('/star-stories/') }", not(equalTo(null)))
                .body(not(org.hamcrest.Matchers.containsString("storage bill")));
    }

    @Test
    void everyStatementServedPassesLearningLockersValidator() throws Exception {
        Curriculum.publish("valid-module");
        String learner = "learner-valid-" + UUID.randomUUID();
        mark(learner, "valid-module", "step-a", "COMPLETED", 20);
        mark(learner, "valid-module", "step-a", "IN_PROGRESS", 20);
        Learners.as(learner).contentType(ContentType.JSON).body("{\"heldOn\": \"2026-11-02\", \"kind\": \"LEADERSHIP\"}")
                .when().post("/api/v1/learners/me/modules/valid-module/mock-interviews").then().statusCode(201);

        List<Object> served = new ArrayList<>();
        pages(lrs().queryParam("limit", "0").when().get("/api/v1/xapi/statements"))
                .forEach(page -> served.addAll(page.path("statements")));
        List<String> voided = new ArrayList<>();
        for (Object statement : served) {
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) ((Map<String, Object>) statement).get("object");
            if ("StatementRef".equals(object.get("objectType"))) {
                voided.add((String) object.get("id"));
            }
        }
        assertTrue(!voided.isEmpty(), "the log includes voiding statements");
        for (String id : voided) {
            served.add(lrs().queryParam("voidedStatementId", id).when().get("/api/v1/xapi/statements").then()
                    .statusCode(200).extract().as(Map.class));
        }
        assertTrue(served.size() > 5, "statements of every kind were served: " + served.size());
        assertEquals("", validate(served));
    }

    /** Runs Learning Locker's validator (src/test/node, installed by the build) and returns its problems. */
    private static String validate(List<Object> statements) throws IOException, InterruptedException {
        Path file = Files.createTempFile("statements", ".json");
        new ObjectMapper().writeValue(file.toFile(), statements);
        Process node = new ProcessBuilder("node", "validate-statements.js", file.toString())
                .directory(Path.of("src/test/node").toFile()).redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = node.waitFor();
        assertTrue(output.contains("checked " + statements.size() + " statements"), output);
        return exit == 0 ? "" : output;
    }

    @Test
    void theStateHeldBeforeTheLogIsWrittenIntoItOnlyOnce() throws Throwable {
        int before = lrs().queryParam("limit", "0").when().get("/api/v1/xapi/statements").path("statements.size()");
        assertEquals(-1, VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(backfill::backfill)),
                "the first start claimed the backfill");
        int after = lrs().queryParam("limit", "0").when().get("/api/v1/xapi/statements").path("statements.size()");
        assertEquals(before, after);
    }

    @Test
    void badParametersAreRefusedAsAnLrsWouldAndAboutIsPublic() {
        given().auth().oauth2(JwtTestResource.token("hr-platform", "integration"))
                .when().get("/api/v1/xapi/statements").then().statusCode(400).contentType("application/problem+json");
        Map<String, String> bad = new HashMap<>();
        bad.put("since", "yesterday");
        bad.put("until", "2026-13-45T99:00:00Z");
        bad.put("limit", "501");
        bad.put("ascending", "yes");
        bad.put("cursor", "not-a-cursor");
        bad.put("agent", "learner-1");
        bad.put("verb", "completed");
        bad.put("statementId", "not-a-uuid");
        bad.forEach((name, value) -> lrs().queryParam(name, value).when().get("/api/v1/xapi/statements").then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString(name)));
        lrs().queryParam("agent", "{\"mbox\": \"mailto:a@b.c\", \"account\": {\"homePage\": \"x\", \"name\": \"y\"}}")
                .when().get("/api/v1/xapi/statements").then().statusCode(400);
        lrs().queryParam("statementId", UUID.randomUUID().toString()).queryParam("limit", "2")
                .when().get("/api/v1/xapi/statements").then().statusCode(400);
        lrs().queryParam("statementId", UUID.randomUUID().toString())
                .when().get("/api/v1/xapi/statements").then().statusCode(404).contentType("application/problem+json");
        Learners.as("learner-nosy").header("X-Experience-API-Version", "1.0.3")
                .when().get("/api/v1/xapi/statements").then().statusCode(403);

        given().when().get("/api/v1/xapi/about").then().statusCode(200)
                .header("X-Experience-API-Version", "1.0.3")
                .body("version", contains("1.0.3"));
    }
}
