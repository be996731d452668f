package dev.principalprep.progress.skills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.principalprep.problems.InvalidInput;
import dev.principalprep.progress.curriculum.CurriculumItem;
import dev.principalprep.progress.curriculum.CurriculumModule;

class SkillsGapPlannerTest {

    /** Module 9's matrix and its twelve skills to acquire, as the read model holds them. */
    static CurriculumModule module9() {
        CurriculumModule module = new CurriculumModule();
        module.moduleId = "module-9";
        skill(module, "llm-ops", "LLM Ops", "Critical", "High");
        skill(module, "vector-databases", "Vector Databases", "Standard", "High");
        skill(module, "data-contracts", "Data Contracts", "Standard", "Medium");
        skill(module, "finops", "FinOps", "Standard", "Critical");
        skill(module, "real-time-ml", "Real-time ML", "Critical", "High");
        skill(module, "data-mesh", "Data Mesh", "Mature", "Medium");
        skill(module, "rust-for-data", "Rust for Data", "Niche", "Low");
        skill(module, "web3-data", "Web3 Data", "Niche", "Very Low");
        acquire(module, "acquire-finops", "FinOps and cost optimization", 1, "finops");
        acquire(module, "acquire-llm-ops-rag", "LLM Ops and RAG architecture", 1, "llm-ops");
        acquire(module, "acquire-vector-databases", "Vector databases and embeddings", 1, "vector-databases");
        acquire(module, "acquire-real-time-ml", "Real-time ML infrastructure", 1, "real-time-ml");
        acquire(module, "acquire-data-contracts", "Data contracts and testing", 2, "data-contracts");
        acquire(module, "acquire-advanced-streaming", "Advanced streaming (Flink)", 2, null);
        acquire(module, "acquire-performance-tuning", "Performance tuning deep dive", 2, null);
        acquire(module, "acquire-cross-cloud", "Cross-cloud strategies", 2, null);
        acquire(module, "acquire-rust", "Rust for data engineering", 3, "rust-for-data");
        acquire(module, "acquire-web3", "Web3/blockchain data", 3, "web3-data");
        acquire(module, "acquire-edge-computing", "Edge computing", 3, null);
        acquire(module, "acquire-quantum", "Quantum computing (very early)", 3, null);
        return module;
    }

    private static void skill(CurriculumModule module, String id, String title, String status2026, String importance) {
        item(module, id, "SKILL", title, "{\"2024\": \"Emerging\", \"2026\": \"" + status2026 + "\", \"importance\": \""
                + importance + "\"}");
    }

    private static void acquire(CurriculumModule module, String id, String title, int priority, String skill) {
        String group = "Priority " + priority
                + (priority == 1 ? " (Critical)" : priority == 2 ? " (Important)" : " (Nice to Have)");
        item(module, id, "SKILL_TO_ACQUIRE", title, "{\"priority\": \"" + priority + "\", \"group\": \"" + group + "\""
                + (skill == null ? "" : ", \"skill\": \"" + skill + "\"") + "}");
    }

    private static void item(CurriculumModule module, String id, String kind, String title, String attributes) {
        CurriculumItem item = new CurriculumItem();
        item.itemId = id;
        item.kind = kind;
        item.title = title;
        item.attributes = attributes;
        module.items.add(item);
    }

    static Map<String, Integer> levels() {
        Map<String, Integer> levels = new LinkedHashMap<>();
        levels.putAll(Map.of("llm-ops", 1, "vector-databases", 2, "data-contracts", 3, "finops", 2, "real-time-ml", 1,
                "data-mesh", 3, "rust-for-data", 0, "web3-data", 0));
        levels.putAll(Map.of("acquire-advanced-streaming", 1, "acquire-performance-tuning", 2, "acquire-cross-cloud", 0,
                "acquire-edge-computing", 0, "acquire-quantum", 1));
        return levels;
    }

    private static SkillsPlan plan(Map<String, Integer> levels, Map<Integer, Integer> hours) {
        return SkillsGapPlanner.plan(module9(), UUID.randomUUID(), OffsetDateTime.now(), levels, hours);
    }

    @Test
    void theSkillsToAssessAreTheMatrixThenTheAcquisitionsItLacks() {
        assertEquals(List.of("llm-ops", "vector-databases", "data-contracts", "finops", "real-time-ml", "data-mesh",
                "rust-for-data", "web3-data", "acquire-advanced-streaming", "acquire-performance-tuning",
                "acquire-cross-cloud", "acquire-edge-computing", "acquire-quantum"),
                SkillsGapPlanner.skills(module9()).stream().map(SkillsGapPlanner.Skill::id).toList());
        assertEquals(List.of(4, 4, 3, 4, 4, 2, 1, 1, 3, 3, 3, 1, 1),
                SkillsGapPlanner.skills(module9()).stream().map(SkillsGapPlanner.Skill::target).toList());
    }

    @Test
    void everySkillToAcquireIsPlannedInItsPriorityGroup() {
        SkillsPlan plan = plan(levels(), SkillLevels.DEFAULT_HOURS);
        assertEquals(List.of("acquire-finops", "acquire-llm-ops-rag", "acquire-vector-databases", "acquire-real-time-ml",
                "acquire-data-contracts", "acquire-advanced-streaming", "acquire-performance-tuning", "acquire-cross-cloud",
                "acquire-rust", "acquire-web3", "acquire-edge-computing", "acquire-quantum"),
                plan.toAcquire().stream().map(SkillsPlan.Acquisition::itemId).toList());
        assertEquals(new SkillsPlan.Acquisition("acquire-finops", "FinOps and cost optimization", 1,
                "Priority 1 (Critical)", "finops", 2, 4, 2, 65), plan.toAcquire().get(0));
        assertEquals(new SkillsPlan.Acquisition("acquire-cross-cloud", "Cross-cloud strategies", 2,
                "Priority 2 (Important)", "acquire-cross-cloud", 0, 3, 3, 38), plan.toAcquire().get(7));
        assertEquals(new SkillsPlan.Acquisition("acquire-quantum", "Quantum computing (very early)", 3,
                "Priority 3 (Nice to Have)", "acquire-quantum", 1, 1, 0, 0), plan.toAcquire().get(11));
    }

    @Test
    void thePlanFollowsPriorityThenTargetThenGap() {
        SkillsPlan plan = plan(levels(), SkillLevels.DEFAULT_HOURS);
        assertEquals(List.of("llm-ops", "real-time-ml", "vector-databases", "finops", "acquire-cross-cloud",
                "acquire-advanced-streaming", "acquire-performance-tuning", "rust-for-data", "web3-data",
                "acquire-edge-computing"), plan.plan().stream().map(SkillsPlan.Entry::skillId).toList());
        assertEquals(List.of("data-contracts", "data-mesh", "acquire-quantum"),
                plan.onTrack().stream().map(SkillsPlan.Entry::skillId).toList());
        assertEquals(19, plan.totalGap());
        assertEquals(387, plan.plannedHours());
        assertEquals(new SkillsPlan.Entry("finops", "FinOps", 2, 4, 2, "Standard", "Critical", 1, 65),
                plan.plan().get(3));
        assertEquals(new SkillsPlan.Entry("data-mesh", "Data Mesh", 3, 2, 0, "Mature", "Medium", null, 0),
                plan.onTrack().get(1));
        assertEquals(new SkillsPlan.Entry("acquire-edge-computing", "Edge computing", 0, 1, 1, null, "Nice to Have", 3,
                3), plan.plan().get(9));
        assertEquals(8, plan.matrix().size());
        assertEquals("llm-ops", plan.matrix().get(0).skillId());
    }

    @Test
    void theLevelsAreServedWithTheirMeaning() {
        SkillsPlan plan = plan(levels(), SkillLevels.DEFAULT_HOURS);
        assertEquals(List.of("None", "Aware", "Working", "Proficient", "Expert"),
                plan.levels().stream().map(SkillsPlan.Level::name).toList());
        assertEquals(List.of(0, 1, 2, 3, 4), plan.levels().stream().map(SkillsPlan.Level::level).toList());
        assertTrue(plan.levels().stream().allMatch(l -> l.meaning().length() > 20));
        assertFalse(plan.hoursAdjusted());
        assertEquals("Target from the module's importance, the higher of the matrix's (Critical 4, High 3, Medium 2, "
                + "Low 1, Very Low 0) and the priority's (1 Critical 4, 2 Important 3, 3 Nice to Have 1); plan ordered "
                + "by priority (1 first), then target, then gap; hours to reach level 1 to 4: [3, 10, 25, 40] "
                + "(defaults).", plan.method());
    }

    @Test
    void aLearnersOwnHoursReplaceTheDefaults() {
        Map<Integer, Integer> own = Map.of(1, 1, 2, 2, 3, 4, 4, 8);
        SkillsPlan plan = plan(levels(), SkillLevels.checked(Map.of("1", 1, "2", 2, "3", 4, "4", 8)));
        assertTrue(plan.hoursAdjusted());
        assertEquals(own, plan.hoursPerLevel());
        // llm-ops 1 to 4: 2 + 4 + 8.
        assertEquals(14, plan.plan().get(0).estimatedHours());
        assertTrue(plan.method().endsWith("[1, 2, 4, 8] (your own)."), plan.method());
    }

    @ParameterizedTest(name = "from {0} to {1}: {2} h")
    @CsvSource({ "0,0,0", "0,1,3", "0,4,78", "1,3,35", "2,4,65", "3,4,40", "4,4,0", "3,2,0" })
    void hoursAreTheSumOfTheLevelsCrossed(int from, int to, int hours) {
        assertEquals(hours, SkillLevels.hours(from, to, SkillLevels.DEFAULT_HOURS));
    }

    @ParameterizedTest(name = "importance {0}, priority {1}: target {2}")
    @CsvSource({ "Critical,,4", "High,,3", "Important,,3", "Medium,,2", "Low,,1", "Very Low,,0", "Nice to Have,,1",
            "'',1,4", "'',2,3", "'',3,1", "High,1,4", "Very Low,3,1", "Medium,2,3", "'',,2", "Unheard of,,2",
            "Critical,3,4", "'',9,2" })
    void theTargetIsTheHigherOfImportanceAndPriority(String importance, Integer priority, int target) {
        assertEquals(target, SkillsGapPlanner.target(importance, priority));
    }

    @Test
    void anAssessmentMustCoverExactlyTheSkillsToAssess() {
        SkillsGapPlanner.checkCovers(module9(), levels());
        Map<String, Integer> missing = new HashMap<>(levels());
        missing.remove("acquire-quantum");
        InvalidInput left = assertThrows(InvalidInput.class, () -> SkillsGapPlanner.checkCovers(module9(), missing));
        assertEquals("levels.acquire-quantum", left.field());
        assertEquals("assess every skill of the matrix and every skill to acquire: acquire-quantum is missing",
                left.getMessage());
        Map<String, Integer> extra = new HashMap<>(levels());
        extra.put("acquire-finops", 2);
        InvalidInput foreign = assertThrows(InvalidInput.class, () -> SkillsGapPlanner.checkCovers(module9(), extra));
        assertEquals("levels.acquire-finops", foreign.field());
        assertEquals("no skill acquire-finops to assess in module-9", foreign.getMessage());
    }

    @Test
    void aModuleWithoutSkillsHasNoPlan() {
        CurriculumModule empty = new CurriculumModule();
        empty.moduleId = "module-1";
        InvalidInput none = assertThrows(InvalidInput.class, () -> SkillsGapPlanner.skills(empty));
        assertEquals("module module-1 has no skills matrix", none.getMessage());
    }

    @Test
    void anAcquisitionNamingASkillOutsideTheMatrixIsAssessedOnItsOwn() {
        CurriculumModule module = module9();
        module.items.stream().filter(i -> i.itemId.equals("acquire-quantum")).findFirst()
                .orElseThrow().attributes = "{\"priority\": \"3\", \"skill\": \"qubits\"}";
        assertTrue(SkillsGapPlanner.skills(module).stream().anyMatch(s -> s.id().equals("acquire-quantum")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a level missing | 1=3,2=10,3=25        | hoursPerLevel.4 | give the hours to reach every level 1 to 4: 4 is missing
            a level 0       | 0=1,1=3,2=10,3=25,4=40 | hoursPerLevel.0 | levels are 1 to 4; there is no level 0
            a level 5       | 1=3,2=10,3=25,5=40   | hoursPerLevel.5 | levels are 1 to 4; there is no level 5
            a word          | 1=3,2=10,3=25,x=40   | hoursPerLevel.x | levels are 1 to 4; there is no level x
            """)
    void hoursMustNameEachLevelOneToFourOnce(String description, String given, String field, String message) {
        Map<String, Integer> hours = new HashMap<>();
        for (String pair : given.split(",")) {
            hours.put(pair.split("=")[0], Integer.parseInt(pair.split("=")[1]));
        }
        InvalidInput refused = assertThrows(InvalidInput.class, () -> SkillLevels.checked(hours));
        assertEquals(field, refused.field());
        assertEquals(message, refused.getMessage());
    }
}
