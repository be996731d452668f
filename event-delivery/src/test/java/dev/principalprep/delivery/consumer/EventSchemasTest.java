package dev.principalprep.delivery.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.principalprep.events.AssessmentRecorded;
import dev.principalprep.events.CostPassGraded;
import dev.principalprep.events.EstimateCreated;
import dev.principalprep.events.EventType;
import dev.principalprep.events.EventTypes;
import dev.principalprep.events.ItemCompleted;
import dev.principalprep.events.LearnerErased;
import dev.principalprep.events.LearnerErasureCompleted;
import dev.principalprep.events.MockInterviewLogged;
import dev.principalprep.events.ModuleCompleted;
import dev.principalprep.events.ModulePublished;
import dev.principalprep.events.StoryAdded;

/**
 * Every schema of event-contracts against the records that are sent as its data, with a JSON Schema validator
 * (networknt, draft 2020-12): each record as serialized is valid, and data the schema forbids is refused, so a record
 * and its schema cannot drift apart unnoticed.
 */
class EventSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant SENT_AT = Instant.parse("2026-11-28T07:00:00Z");

    /** One real event of each type, with every optional field filled. */
    private static final Map<String, Object> SAMPLES = Map.of(
            CostPassGraded.TYPE, new CostPassGraded("3f1c2d4e-0000-4000-8000-000000000004", "learner-1",
                    "module-9-example", 85, new BigDecimal("27300.00"), new BigDecimal("42300.00"), "module-9", 1),
            ModulePublished.TYPE, new ModulePublished("module-9", 1, "Career & Interview Strategy", 10, 12,
                    List.of(new ModulePublished.Item("framework.step-1", "STEP", "Clarify Requirements", 20,
                            Map.of("group", "Before the Interview")),
                            new ModulePublished.Item("takeaway-1", "TAKEAWAY", "Always estimate cost", 0, null))),
            EstimateCreated.TYPE, new EstimateCreated("3f1c2d4e-0000-4000-8000-000000000001", "learner-1",
                    new BigDecimal("27300.00"), new BigDecimal("42300.00"), "module-9", 1),
            ItemCompleted.TYPE, new ItemCompleted("l", "module-9", 1, "clarify-requirements", "STEP",
                    "Clarify Requirements", 40, "2026-11-26T18:00:00Z"),
            ModuleCompleted.TYPE, new ModuleCompleted("l", "module-9", 1, 700, "2026-11-26T18:00:00Z"),
            StoryAdded.TYPE, new StoryAdded("l", "3f1c2d4e-0000-4000-8000-000000000001", List.of("INFLUENCE"), 1),
            AssessmentRecorded.TYPE, new AssessmentRecorded("l", "module-9", "3f1c2d4e-0000-4000-8000-000000000002", 9,
                    120),
            MockInterviewLogged.TYPE, new MockInterviewLogged("l", "module-9", "3f1c2d4e-0000-4000-8000-000000000003",
                    "SYSTEM_DESIGN", "2026-11-26", 12, 17),
            LearnerErased.TYPE, new LearnerErased("3f1c2d4e-0000-4000-8000-000000000005", "learner-1",
                    "2026-11-28T07:00:00Z"),
            LearnerErasureCompleted.TYPE, new LearnerErasureCompleted("3f1c2d4e-0000-4000-8000-000000000005",
                    "cost-service", 3));

    @Test
    void theCatalogueNamesEverySchemaFileAndEveryTypeHasARealEventHere() throws Exception {
        assertEquals(schemaFiles(),
                EventTypes.ALL.stream().map(EventType::schema).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(EventTypes.ALL.stream().map(EventType::type).collect(Collectors.toSet()), SAMPLES.keySet());
    }

    @Test
    void everyEventAsSerializedFollowsItsSchemaAndReadsBackEqual() throws Exception {
        for (EventType<?> type : EventTypes.ALL) {
            Object event = SAMPLES.get(type.type());
            String sent = JSON.writeValueAsString(event);
            assertEquals(Set.of(), EventReader.violations(type, JSON.readTree(sent)), type.schema());
            IncomingEvent<?> read = EventReader.read("id", type.type(), "topic", sent, type, SENT_AT);
            assertEquals(event, read.data(), type.schema());
            assertEquals(SENT_AT, read.time(), type.schema());
        }
    }

    @Test
    void everySchemaRefusesAMissingRequiredFieldAnUnknownFieldAndAWrongType() throws Exception {
        for (EventType<?> type : EventTypes.ALL) {
            JsonNode valid = JSON.valueToTree(SAMPLES.get(type.type()));
            String first = valid.fieldNames().next();
            assertRefused(type, valid, event -> {
                event.remove(first);
                return event;
            });
            assertRefused(type, valid, event -> event.put("addedByAccident", true));
            assertRefused(type, valid, event -> event.set(first, JSON.createArrayNode()));
        }
    }

    @Test
    void unreadableOrMistypedRecordsArePoisonNamingWhy() {
        EventType<EstimateCreated> type = EventTypes.ESTIMATE_CREATED;
        assertTrue(assertThrows(PoisonEvent.class,
                () -> EventReader.read("id", type.type(), "t", "{\"estimateId\": 42", type, null))
                .getMessage().startsWith("data is not JSON"));
        assertTrue(assertThrows(PoisonEvent.class, () -> EventReader.read("id", ModulePublished.TYPE, "t", "{}", type, null))
                .getMessage().contains("expected " + EstimateCreated.TYPE));
        assertTrue(assertThrows(PoisonEvent.class, () -> EventReader.read(null, type.type(), "t", "{}", type, null))
                .getMessage().startsWith("no CloudEvents id"));
        String missingOwner = "{\"estimateId\": \"e\", \"totalLow\": 1, \"totalHigh\": 2, \"catalog\": \"module-9\", "
                + "\"catalogVersion\": 1}";
        assertTrue(assertThrows(PoisonEvent.class, () -> EventReader.read("id", type.type(), "t", missingOwner, type, null))
                .getMessage().contains("owner"));
    }

    private static void assertRefused(EventType<?> type, JsonNode valid, Function<ObjectNode, JsonNode> breakIt) {
        JsonNode broken = breakIt.apply(valid.deepCopy());
        assertFalse(EventReader.violations(type, broken).isEmpty(), type.schema() + " accepted " + broken);
    }

    /** The schema files event-contracts ships, read from its jar or classes folder. */
    private static Set<String> schemaFiles() throws Exception {
        URL location = EventType.class.getProtectionDomain().getCodeSource().getLocation();
        File root = new File(location.toURI());
        if (root.isDirectory()) {
            return Arrays.stream(new File(root, "schemas").list()).map(name -> "schemas/" + name)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        try (ZipFile jar = new ZipFile(root)) {
            return jar.stream().map(e -> e.getName()).filter(n -> n.startsWith("schemas/") && n.endsWith(".json"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void aGradedPassKeepsItsScoreWithinZeroToAHundred() {
        assertThrows(IllegalArgumentException.class, () -> new CostPassGraded("p", "o", null, 101, BigDecimal.ONE,
                BigDecimal.ONE, "module-9", 1));
        assertThrows(IllegalArgumentException.class, () -> new CostPassGraded("p", "o", null, -1, BigDecimal.ONE,
                BigDecimal.ONE, "module-9", 1));
    }

    @Test
    void aSchemaIsLoadedFromTheClasspathOnceAndAMissingOneIsAnError() throws Exception {
        EventType<Object> named = new EventType<>("test.Named.v1", "schemas-under-test/named.json", Object.class);
        assertEquals(Set.of(), EventReader.violations(named, JSON.readTree("{\"name\": \"x\"}")));
        assertEquals(1, EventReader.violations(named, JSON.readTree("{}")).size());
        EventType<Object> missing = new EventType<>("test.Missing.v1", "schemas-under-test/none.json", Object.class);
        assertThrows(IllegalStateException.class, () -> EventReader.violations(missing, JSON.readTree("{}")));
    }
}
