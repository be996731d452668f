package dev.principalprep.content.publishing;

import static dev.principalprep.content.support.Drafts.author;
import static dev.principalprep.content.support.Drafts.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.principalprep.content.support.ContentServiceTest;
import dev.principalprep.delivery.consumer.EventReader;
import dev.principalprep.events.EventTypes;
import dev.principalprep.events.ModulePublished;
import dev.principalprep.events.Topics;
import dev.principalprep.localstack.testing.KafkaTestResource;
import dev.principalprep.localstack.testing.TestTopics;

@ContentServiceTest
class ModulePublishedEventsTest {

    private final ObjectMapper json = new ObjectMapper();

    /**
     * The version's event, counted among every record of the topic, read to its end after the relay's poll has had
     * time to run again: a second copy (at commit and again by the poll, or by two relays) fails the count.
     */
    private ConsumerRecord<String, String> published(String moduleId, int version) throws Exception {
        String subject = moduleId + "@" + version;
        List<ConsumerRecord<String, String>> records = TestTopics.readAll(Topics.CONTENT_MODULES,
                read -> read.stream().anyMatch(r -> subject.equals(TestTopics.header(r, TestTopics.CE_SUBJECT))),
                Duration.ofSeconds(3), Duration.ofSeconds(60));
        List<ConsumerRecord<String, String>> matching = records.stream()
                .filter(r -> subject.equals(TestTopics.header(r, TestTopics.CE_SUBJECT))).toList();
        assertEquals(1, matching.size(), "one event for " + subject);
        assertEquals(Set.of(), EventReader.violations(EventTypes.MODULE_PUBLISHED, json.readTree(matching.get(0).value())),
                "the record as sent follows its schema");
        return matching.get(0);
    }

    @Test
    void theSeedLoadAnnouncesModule9WithItsWholeInventory() throws Exception {
        ConsumerRecord<String, String> record = published("module-9", 1);
        ModulePublished event = json.readValue(record.value(), ModulePublished.class);

        assertEquals("module-9", record.key());
        assertEquals(ModulePublished.TYPE, TestTopics.header(record, TestTopics.CE_TYPE));
        assertEquals(10, event.estimatedHoursMin());
        // 7 steps, 4 cost rows, 4 tips, the STAR example, 5 traits, 5 questions, 8 skills, 12 skills to acquire,
        // 17 checklist items, 6 takeaways, 5 next steps.
        assertEquals(74, event.items().size());
        assertEquals(17, event.items().stream().filter(i -> i.kind().equals("CHECKLIST_ITEM")).count());
        assertEquals(660, event.items().stream().mapToInt(ModulePublished.Item::estimatedMinutes).sum());
        assertTrue(event.items().stream().anyMatch(i -> i.id().equals("practice-cost-calculations")));
    }

    @Test
    void theSeedEventCarriesWhatReviewCardsAreMadeOf() throws Exception {
        ModulePublished event = json.readValue(published("module-9", 1).value(), ModulePublished.class);
        java.util.Map<String, java.util.Map<String, String>> attributes = new java.util.HashMap<>();
        event.items().forEach(i -> attributes.put(i.id(), i.attributes()));

        assertEquals("Functional requirements; Non-functional requirements (SLA/SLO); Scale (volume, velocity, "
                + "concurrency); Cost constraints", attributes.get("clarify-requirements").get("points"));
        assertEquals(java.util.Map.of("cost model", "$0.50-2.00/TB processed", "example (100tb, 10k qps)",
                "$5,000-20,000/month"), attributes.get("cost-compute"));
        assertEquals("Multi-team or organization-wide impact", attributes.get("trait-scope").get("text"));
        assertEquals(java.util.Map.of("tests", "Influence, persuasion", "points", "Build relationships; data; timelines"),
                attributes.get("influence-without-authority"));
        assertEquals(java.util.Map.of("parts", "Situation, Task, Action, Result"), attributes.get("star-method"));
        assertEquals(null, attributes.get("tip-spot-instances"), "a tip says it all in its title");
    }

    @Test
    void aPublishWhileKafkaIsAwayIsAnnouncedWhenItIsBack() throws Exception {
        String etag = create("outage-module");
        KafkaTestResource.stopBroker();
        try {
            author().header("If-Match", etag).when().post("/api/v1/modules/outage-module/publish").then().statusCode(201);
        } finally {
            KafkaTestResource.startBroker();
        }
        ModulePublished event = json.readValue(published("outage-module", 1).value(), ModulePublished.class);
        assertEquals(List.of("outage-module-one"), event.items().stream().map(ModulePublished.Item::id).toList());
        assertTrue(TestTopics.header(published("outage-module", 1), TestTopics.CE_ID).matches("[0-9a-f-]{36}"));
    }
}
