package dev.principalprep.progress.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

import dev.principalprep.events.EstimateCreated;
import dev.principalprep.events.LearnerErased;
import dev.principalprep.events.LearnerErasureCompleted;
import dev.principalprep.events.Topics;
import dev.principalprep.localstack.testing.JwtTestResource;
import dev.principalprep.localstack.testing.TestTopics;
import dev.principalprep.progress.support.Curriculum;
import dev.principalprep.progress.support.Learners;
import dev.principalprep.progress.support.ProgressServiceTest;
import dev.principalprep.progress.support.QueryPlans;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** A learner's data in progress-service: exported whole, erased whole, and never brought back by a late fact. */
@ProgressServiceTest
class LearnerDataTest {

    private static final String MODULE = "erasure-module";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String STORY = """
            {"title": "Cut warehouse cost", "situation": "Costs grew", "task": "I had to cut them",
             "action": "I led a review", "result": "Costs fell 40%", "themes": ["COST_SAVINGS"]}""";

    @Inject
    Pool pool;
    @Inject
    Mutiny.SessionFactory sessionFactory;

    private static String uuid() {
        return UUID.randomUUID().toString();
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(JwtTestResource.token("ld-admin-1", "ld-admin"));
    }

    private static void sendEstimate(String learner, String estimateId, Instant happenedAt) {
        Map<String, String> headers = new HashMap<>(TestTopics.cloudEvent(uuid(), EstimateCreated.TYPE));
        headers.put(TestTopics.CE_TIME, happenedAt.toString());
        TestTopics.send(Topics.COST_ESTIMATES, learner, """
                {"estimateId": "%s", "owner": "%s", "totalLow": 27300.00, "totalHigh": 42300.00,
                 "catalog": "module-9", "catalogVersion": 1}""".formatted(estimateId, learner), headers);
    }

    private static void sendCompleted(String eventId, String erasureId) {
        TestTopics.send(Topics.COST_ERASURES, erasureId, """
                {"erasureId": "%s", "service": "cost-service", "recordsErased": 2}""".formatted(erasureId),
                TestTopics.cloudEvent(eventId, LearnerErasureCompleted.TYPE));
    }

    /** A learner with a completed item (and so a statement), a story and one cost pass counted. */
    private static void learnerWithData(String learner) {
        Learners.as(learner).contentType("application/json").body("{\"status\": \"COMPLETED\", \"minutesSpent\": 25}")
                .when().put("/api/v1/learners/me/modules/" + MODULE + "/items/step-a").then().statusCode(200);
        Learners.as(learner).contentType("application/json").body(STORY).when().post("/api/v1/learners/me/stories").then()
                .statusCode(201);
        sendEstimate(learner, uuid(), Instant.now());
        Awaitility.await().atMost(WAIT).untilAsserted(() -> Learners.as(learner)
                .when().get("/api/v1/learners/me/export").then().statusCode(200).body("costPractice", hasSize(1)));
    }

    private List<Row> rows(String sql, Object... params) {
        List<Row> rows = new java.util.ArrayList<>();
        pool.preparedQuery(sql).execute(Tuple.from(params)).await().indefinitely().forEach(rows::add);
        return rows;
    }

    @Test
    void theExportHoldsEachPartAndAnErasureLeavesNothingWhileAnotherLearnerKeepsAll() {
        Curriculum.publish(MODULE);
        String learner = "learner-erased-" + uuid();
        String other = "learner-kept-" + uuid();
        learnerWithData(learner);
        learnerWithData(other);

        JsonPath export = Learners.as(learner).when().get("/api/v1/learners/me/export").then().statusCode(200)
                .body("learnerId", equalTo(learner))
                .body("itemProgress", hasSize(1)).body("itemProgress[0].itemId", equalTo("step-a"))
                .body("itemProgress[0].minutesSpent", equalTo(25))
                .body("stories", hasSize(1)).body("stories[0].title", equalTo("Cut warehouse cost"))
                .body("costPractice", hasSize(1)).body("profile", hasSize(1))
                .body("xapiStatements[0].actor.account.name", equalTo(learner))
                .extract().jsonPath();
        assertFalse(export.getList("xapiStatements").isEmpty());

        JsonPath erasure = Learners.as(learner).when().delete("/api/v1/learners/me").then().statusCode(202)
                .header("Location", startsWith("http"))
                .body("status", equalTo("PENDING")).body("requestedBy", equalTo("self"))
                .body("services.find { it.service == 'progress-service' }.status", equalTo("COMPLETED"))
                .body("services.find { it.service == 'cost-service' }.status", equalTo("PENDING"))
                .extract().jsonPath();
        String erasureId = erasure.getString("erasureId");

        Learners.as(learner).when().get("/api/v1/learners/me/export").then().statusCode(200)
                .body("itemProgress", hasSize(0)).body("stories", hasSize(0)).body("costPractice", hasSize(0))
                .body("profile", hasSize(0)).body("xapiStatements", hasSize(0));
        Learners.as(learner).when().get("/api/v1/learners/me/stories").then().statusCode(200).body("count", equalTo(0));
        Learners.as(other).when().get("/api/v1/learners/me/export").then().statusCode(200)
                .body("itemProgress", hasSize(1)).body("stories", hasSize(1)).body("costPractice", hasSize(1));

        // The statements stay, each under one agent that names no one.
        List<Row> statements = rows("select learner_id, statement from xapi_statement where cast(id as text) = $1",
                export.getString("xapiStatements[0].id"));
        assertEquals(1, statements.size());
        String anonymous = statements.get(0).getString("learner_id");
        assertTrue(anonymous.startsWith("erased:"), anonymous);
        assertFalse(statements.get(0).getString("statement").contains(learner));
        assertTrue(statements.get(0).getString("statement").contains(anonymous));
        assertEquals(0, rows("select 1 from xapi_statement where learner_id = $1 or statement like $2", learner,
                "%" + learner + "%").size());
        assertEquals(0, rows("select 1 from outbox_event where payload like $1 and topic = $2", "%" + learner + "%",
                Topics.PROGRESS_EVENTS).size());

        // Every other service is asked, keyed by the learner.
        TestTopics.readUntil(Topics.PROGRESS_ERASURES,
                records -> records.stream().anyMatch(r -> r.value().contains(erasureId) && r.key().equals(learner)
                        && LearnerErased.TYPE.equals(TestTopics.header(r, TestTopics.CE_TYPE))),
                WAIT);

        // The audit says who did what to whom, and holds neither the learner's id nor their data.
        List<Row> audit = rows("select action, actor, erasure_id from learner_data_audit where learner_digest = $1 "
                + "order by at", LearnerDigest.of(learner));
        List<Row> erasures = audit.stream().filter(r -> r.getString("action").equals("ERASE")).toList();
        assertEquals(1, erasures.size());
        assertEquals(erasureId, erasures.get(0).getUUID("erasure_id").toString());
        assertEquals("EXPORT", audit.get(audit.size() - 1).getString("action"));
        assertTrue(audit.stream().allMatch(r -> r.getString("actor").equals("self")));
        assertEquals(0, rows("select 1 from learner_data_audit a, learner_erasure e where a.actor = $1 "
                + "or e.requested_by = $1 or e.learner_digest = $1", learner).size());

        // cost-service's answer completes it; a repeat of that answer changes nothing.
        String answer = uuid();
        sendCompleted(answer, erasureId);
        String location = "/api/v1/learners/me/erasures/" + erasureId;
        Awaitility.await().atMost(WAIT).untilAsserted(() -> Learners.as(learner).when().get(location).then()
                .statusCode(200).body("status", equalTo("COMPLETED")));
        String completedAt = Learners.as(learner).when().get(location).then().extract().path("completedAt");
        sendCompleted(answer, erasureId);
        sendCompleted(uuid(), erasureId);
        Awaitility.await().during(Duration.ofSeconds(2)).atMost(WAIT).untilAsserted(() -> Learners.as(learner)
                .when().get(location).then().body("completedAt", equalTo(completedAt)));

        // Nobody else sees the erasure, not even by its id.
        Learners.as(other).when().get(location).then().statusCode(404)
                .contentType("application/problem+json");
    }

    /**
     * Mechanism: the export's queries are planned once. As native queries returning rows, each export missed Hibernate's
     * query plan cache once per part and added a plan each time.
     */
    @Test
    void exportingAgainFindsEveryQueryPlanInTheCache() {
        Curriculum.publish(MODULE);
        String learner = "learner-export-plans-" + uuid();
        learnerWithData(learner);
        Runnable export = () -> Learners.as(learner).when().get("/api/v1/learners/me/export").then().statusCode(200)
                .body("itemProgress", hasSize(1)).body("stories", hasSize(1));
        QueryPlans.assertKept(sessionFactory, export, QueryPlans.times(20, export), 10);
    }

    /** Mechanism: an erasure's status is read by a query planned once, not a native query planned on every read. */
    @Test
    void readingAnErasureAgainFindsEveryQueryPlanInTheCache() {
        String learner = "learner-status-plans-" + uuid();
        String location = Learners.as(learner).when().delete("/api/v1/learners/me").then().statusCode(202).extract()
                .header("Location");
        Runnable status = () -> Learners.as(learner).when().get(location).then().statusCode(200)
                .body("services.find { it.service == 'progress-service' }.status", equalTo("COMPLETED"));
        QueryPlans.assertKept(sessionFactory, status, QueryPlans.times(20, status), 10);
    }

    @Test
    void anEstimateMadeBeforeTheErasureThatArrivesAfterItIsDropped() {
        Curriculum.publish(MODULE);
        String learner = "learner-late-" + uuid();
        Learners.as(learner).when().get("/api/v1/learners/me/progress").then().statusCode(200);
        Instant before = Instant.now();
        Learners.as(learner).when().delete("/api/v1/learners/me").then().statusCode(202);
        sendEstimate(learner, uuid(), before);
        // The marker, made after the erasure, counts: once it has, the late one before it was consumed.
        String marker = uuid();
        sendEstimate(learner, marker, Instant.now().plusSeconds(1));
        Awaitility.await().atMost(WAIT).untilAsserted(() -> Learners.as(learner)
                .when().get("/api/v1/learners/me/export").then().statusCode(200).body("costPractice", hasSize(1))
                .body("costPractice[0].estimateId", equalTo(marker)));
    }

    @Test
    void anLdAdminExportsAndErasesAnyLearnerAndIsNamedInTheAudit() {
        String learner = "learner-admin-" + uuid();
        Learners.as(learner).contentType("application/json").body(STORY).when().post("/api/v1/learners/me/stories")
                .then().statusCode(201);
        admin().when().get("/api/v1/learners/" + learner + "/export").then().statusCode(200)
                .body("learnerId", equalTo(learner)).body("stories", hasSize(1));
        String location = admin().when().delete("/api/v1/learners/" + learner).then().statusCode(202)
                .body("requestedBy", equalTo("ld-admin-1")).extract().header("Location");
        assertTrue(location.contains("/api/v1/learners/" + learner + "/erasures/"), location);
        admin().when().get(location).then().statusCode(200).body("requestedBy", equalTo("ld-admin-1"));
        admin().when().get("/api/v1/learners/" + learner + "/export").then().statusCode(200)
                .body("stories", hasSize(0));
        // The learner sees the erasure made for them under their own path too.
        Learners.as(learner).when().get(location.replace("/learners/" + learner + "/", "/learners/me/")).then()
                .statusCode(200);
        assertEquals(List.of("ld-admin-1", "ld-admin-1", "ld-admin-1"), rows("select actor from learner_data_audit "
                + "where learner_digest = $1", LearnerDigest.of(learner)).stream().map(r -> r.getString("actor"))
                .toList());
    }

    @Test
    void whoMayReachWhoseDataAndBadInput() {
        String integration = JwtTestResource.token("hr-platform", "integration");
        given().auth().oauth2(integration).when().get("/api/v1/learners/me/export").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(integration).when().delete("/api/v1/learners/learner-1").then().statusCode(403);
        Learners.as("learner-a").when().get("/api/v1/learners/learner-b/export").then().statusCode(403)
                .contentType("application/problem+json");
        Learners.as("learner-a").when().delete("/api/v1/learners/learner-b").then().statusCode(403);
        admin().when().delete("/api/v1/learners/me").then().statusCode(403);
        given().when().delete("/api/v1/learners/me").then().statusCode(401);
        admin().when().get("/api/v1/learners/" + "x".repeat(129) + "/export").then().statusCode(400)
                .contentType("application/problem+json");
        Learners.as("learner-a").when().get("/api/v1/learners/me/erasures/not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json");
        Learners.as("learner-a").when().get("/api/v1/learners/me/erasures/" + uuid()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** A table added later with a learner_id column fails this until the export and the erasure know it. */
    @Test
    void everyTableWithALearnerIdIsExportedAndErased() {
        Set<String> known = new TreeSet<>(LearnerTables.ALL.stream().map(LearnerTables.Table::name).toList());
        known.add("xapi_statement");
        assertEquals(known, new TreeSet<>(rows("select table_name from information_schema.columns "
                + "where column_name = 'learner_id' and table_schema = current_schema()").stream()
                .map(r -> r.getString("table_name")).toList()));
    }

    @Test
    void theStatementLogAllowsAnonymisingTheActorAndNothingElse() {
        Curriculum.publish(MODULE);
        String learner = "learner-log-" + uuid();
        Learners.as(learner).contentType("application/json").body("{\"status\": \"COMPLETED\"}")
                .when().put("/api/v1/learners/me/modules/" + MODULE + "/items/step-b").then().statusCode(200);
        String statement = "select id from xapi_statement where learner_id = '" + learner + "'";
        int statements = rows(statement).size();
        assertTrue(statements > 0);
        assertThrows(Exception.class, () -> rows("update xapi_statement set verb_id = 'x' where id in (" + statement
                + ")"));
        assertThrows(Exception.class, () -> rows("update xapi_statement set learner_id = 'erased:x' where id in ("
                + statement + ")"));
        assertThrows(Exception.class, () -> rows("update xapi_statement set learner_id = 'erased:x', statement = "
                + "cast(jsonb_set(cast(statement as jsonb), '{result}', '{}') as text) where id in (" + statement
                + ")"));
        assertEquals(statements, rows(statement).size());
        assertEquals(0, rows("select 1 from xapi_statement where learner_id = 'erased:x' or verb_id = 'x'").size());
    }
}
