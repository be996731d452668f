package dev.principalprep.progress.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.principalprep.events.ModulePublished;
import dev.principalprep.events.Topics;
import dev.principalprep.localstack.testing.TestTopics;
import dev.principalprep.progress.curriculum.CurriculumItem;
import dev.principalprep.progress.curriculum.CurriculumModule;

/** Publishes modules as content-service would, and waits until progress-service has applied them. */
public final class Curriculum {

    /** Four items: two steps, the cost practice checklist item, and a takeaway with no estimate. */
    public static final String MODULE = """
            {"moduleId": "%s", "version": 1, "title": "Progress check", "estimatedHoursMin": 1, "estimatedHoursMax": 2,
             "items": [
               {"id": "step-a", "kind": "STEP", "title": "Step A", "estimatedMinutes": 30},
               {"id": "step-b", "kind": "STEP", "title": "Step B", "estimatedMinutes": 60},
               {"id": "practice-cost-calculations", "kind": "CHECKLIST_ITEM", "title": "Practice cost calculations", "estimatedMinutes": 10},
               {"id": "takeaway", "kind": "TAKEAWAY", "title": "Takeaway", "estimatedMinutes": 0}]}""";

    private Curriculum() {
    }

    /** Sends a module version as content-service would, without waiting for it to be applied. */
    public static void send(String moduleId, String module) {
        TestTopics.send(Topics.CONTENT_MODULES, moduleId, module,
                TestTopics.cloudEvent(UUID.randomUUID().toString(), ModulePublished.TYPE));
    }

    /** A module as the curriculum read model holds it once published, for tests of plain classes. */
    public static CurriculumModule readModel(String moduleJson) {
        ObjectMapper json = new ObjectMapper();
        try {
            ModulePublished event = json.readValue(moduleJson, ModulePublished.class);
            CurriculumModule module = new CurriculumModule();
            module.moduleId = event.moduleId();
            module.version = event.version();
            module.title = event.title();
            module.estimatedHoursMin = event.estimatedHoursMin();
            module.estimatedHoursMax = event.estimatedHoursMax();
            for (ModulePublished.Item published : event.items()) {
                CurriculumItem item = new CurriculumItem();
                item.itemId = published.id();
                item.kind = published.kind();
                item.title = published.title();
                item.estimatedMinutes = published.estimatedMinutes();
                item.attributes = published.attributes() == null ? null : json.writeValueAsString(published.attributes());
                module.items.add(item);
            }
            return module;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void publish(String moduleId) {
        send(moduleId, MODULE.formatted(moduleId));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/api/v1/curriculum/modules")
                .then().statusCode(200)
                .body("find { it.moduleId == '" + moduleId + "' }.version", equalTo(1)));
    }
}
