package dev.principalprep.content.modules;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.principalprep.content.support.ContentServiceTest;
import dev.principalprep.localstack.testing.JwtTestResource;
import io.quarkus.runtime.StartupEvent;
import io.restassured.path.json.JsonPath;

/** The seed holds every fact of Module 9, at its count, with the ids of the seed file. */
@ContentServiceTest
class SeedTest {

    @Inject
    dev.principalprep.content.seed.CurriculumSeeder seeder;
    @Inject
    ObjectMapper json;

    private static JsonPath module() {
        return given().when().get("/api/v1/modules/module-9").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void holdsTheFourDocumentsOfTheContentsTable() {
        JsonPath module = module();
        assertEquals(List.of("system-design-framework", "behavioral-interviews", "leadership-scenarios", "skills-gap-2026"),
                module.getList("content.documents.id"));
        assertEquals(List.of("Architecture interviews", "STAR method", "Leadership questions", "Future skills"),
                module.getList("content.documents.description"));
        assertEquals(List.of("Leadership", "conflict", "influence"), module.getList("content.documents[1].keyTopics"));
        assertEquals(10, module.getInt("content.estimatedHours.min"));
        assertEquals(12, module.getInt("content.estimatedHours.max"));
    }

    @Test
    void holdsAllSevenStepsWithAllTheirPoints() {
        given().when().get("/api/v1/modules/module-9/sections/seven-step-framework")
                .then().statusCode(200)
                .body("kind", equalTo("STEPS"))
                .body("items.title", contains("Clarify Requirements", "Estimate Scale", "High-Level Design",
                        "Data Modeling", "Deep Dive on Components", "Bottleneck Analysis", "Cost Optimization"))
                .body("items.collect { it.points.size() }", contains(4, 4, 3, 3, 4, 3, 5))
                .body("items[6].points[4]", equalTo("Cost pass: Always estimate monthly cost"));
    }

    @Test
    void holdsTheCostTableItsTotalAndTheFourTips() {
        given().when().get("/api/v1/modules/module-9/sections/cost-pass")
                .then().statusCode(200)
                .body("kind", equalTo("TABLE"))
                .body("columns", contains("Component", "Cost Model", "Example (100TB, 10K QPS)"))
                .body("items", hasSize(4))
                .body("items[1].cells", contains("Compute (Spark)", "$0.50-2.00/TB processed", "$5,000-20,000/month"))
                .body("footer[2]", equalTo("$27,300-42,300/month"));
        given().when().get("/api/v1/modules/module-9/sections/cost-tips")
                .then().statusCode(200).body("items", hasSize(4))
                .body("items[0].title", equalTo("Always mention spot instances (60-80% savings)"));
    }

    @Test
    void holdsStarWithTheFiveTraitsAndTheExample() {
        given().when().get("/api/v1/modules/module-9/sections/star-method")
                .then().statusCode(200)
                .body("kind", equalTo("STORY_TEMPLATE"))
                .body("parts", contains("Situation", "Task", "Action", "Result"))
                .body("items.title", contains("Scope", "Complexity", "Leadership", "Business Impact", "Cost Awareness"))
                .body("example.actionSteps", hasSize(5))
                .body("example.result", equalTo("Reduced monthly costs by 55% ($275K savings) while improving query "
                        + "performance by 3x. Established ongoing cost monitoring and FinOps practices."));
    }

    @Test
    void holdsTheQuestionsSkillsChecklistTakeawaysAndNextSteps() {
        given().when().get("/api/v1/modules/module-9/questions").then().statusCode(200).body("", hasSize(5));
        given().when().get("/api/v1/modules/module-9/sections/leadership-framework").then().statusCode(200)
                .body("kind", equalTo("PROSE"));
        given().when().get("/api/v1/modules/module-9/skills").then().statusCode(200)
                .body("skills", hasSize(8))
                .body("toAcquire", hasSize(12))
                .body("toAcquire.findAll { it.priority == 1 }.title", contains("FinOps and cost optimization",
                        "LLM Ops and RAG architecture", "Vector databases and embeddings", "Real-time ML infrastructure"));
        given().when().get("/api/v1/modules/module-9/checklist").then().statusCode(200)
                .body("groups.title", contains("Before the Interview", "During the Interview", "After the Interview"))
                .body("groups.collect { it.items.size() }", contains(6, 7, 4));
        given().when().get("/api/v1/modules/module-9/sections/key-takeaways").then().statusCode(200).body("items", hasSize(6));
        given().when().get("/api/v1/modules/module-9/sections/next-steps").then().statusCode(200).body("items", hasSize(5));
    }

    @Test
    void itemMinutesAddUpToTheModulesEstimate() {
        ModuleContent content = module().getObject("content", ModuleContent.class);
        int minutes = content.estimatedMinutes();
        assertTrue(minutes >= 10 * 60 && minutes <= 12 * 60, minutes + " minutes");
    }

    @Test
    void idsAreThoseOfTheSeedFileAndARestartChangesNothing() throws Exception {
        ModuleContent seed;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("seed/module-9.json")) {
            seed = json.readValue(in, ModuleContent.class);
        }
        assertEquals(seed.allIds(), module().getObject("content", ModuleContent.class).allIds());

        String author = JwtTestResource.token("author-seed", "author");
        List<Object> versionsBefore = given().when().get("/api/v1/modules/module-9/versions").then().statusCode(200)
                .extract().jsonPath().getList("version");
        String draftBefore = given().auth().oauth2(author).when().get("/api/v1/modules/module-9/draft").then()
                .statusCode(200).extract().header("ETag");

        seeder.onStart(new StartupEvent());

        given().when().get("/api/v1/modules/module-9/versions").then().statusCode(200)
                .body("version", equalTo(versionsBefore));
        given().auth().oauth2(author).when().get("/api/v1/modules/module-9/draft").then().statusCode(200)
                .header("ETag", draftBefore);
        given().when().get("/api/v1/modules").then().statusCode(200)
                .body("items.findAll { it.id == 'module-9' }", hasSize(1));
    }
}
