package dev.principalprep.progress.support;

import java.util.UUID;

import dev.principalprep.events.ModulePublished;
import dev.principalprep.events.Topics;
import dev.principalprep.localstack.testing.TestTopics;

/** Module 9's skills matrix and priorities, as content-service publishes them. */
public final class SkillsMatrix {

    public static final String MODULE = """
            {"moduleId": "%s", "version": 1, "title": "Skills", "estimatedHoursMin": 1, "estimatedHoursMax": 2, "items": [
              {"id": "llm-ops", "kind": "SKILL", "title": "LLM Ops", "estimatedMinutes": 5,
               "attributes": {"2024": "Emerging", "2025": "Important", "2026": "Critical", "importance": "High"}},
              {"id": "vector-databases", "kind": "SKILL", "title": "Vector Databases", "estimatedMinutes": 5,
               "attributes": {"2024": "Emerging", "2025": "Important", "2026": "Standard", "importance": "High"}},
              {"id": "data-contracts", "kind": "SKILL", "title": "Data Contracts", "estimatedMinutes": 5,
               "attributes": {"2024": "New", "2025": "Emerging", "2026": "Standard", "importance": "Medium"}},
              {"id": "finops", "kind": "SKILL", "title": "FinOps", "estimatedMinutes": 5,
               "attributes": {"2024": "Important", "2025": "Critical", "2026": "Standard", "importance": "Critical"}},
              {"id": "real-time-ml", "kind": "SKILL", "title": "Real-time ML", "estimatedMinutes": 5,
               "attributes": {"2024": "Emerging", "2025": "Important", "2026": "Critical", "importance": "High"}},
              {"id": "data-mesh", "kind": "SKILL", "title": "Data Mesh", "estimatedMinutes": 5,
               "attributes": {"2024": "Emerging", "2025": "Growing", "2026": "Mature", "importance": "Medium"}},
              {"id": "rust-for-data", "kind": "SKILL", "title": "Rust for Data", "estimatedMinutes": 5,
               "attributes": {"2024": "New", "2025": "Emerging", "2026": "Niche", "importance": "Low"}},
              {"id": "web3-data", "kind": "SKILL", "title": "Web3 Data", "estimatedMinutes": 5,
               "attributes": {"2024": "Hype", "2025": "Declining", "2026": "Niche", "importance": "Very Low"}},
              {"id": "acquire-finops", "kind": "SKILL_TO_ACQUIRE", "title": "FinOps and cost optimization", "estimatedMinutes": 5,
               "attributes": {"priority": "1", "skill": "finops"}},
              {"id": "acquire-llm-ops-rag", "kind": "SKILL_TO_ACQUIRE", "title": "LLM Ops and RAG architecture", "estimatedMinutes": 5,
               "attributes": {"priority": "1", "skill": "llm-ops"}},
              {"id": "acquire-vector-databases", "kind": "SKILL_TO_ACQUIRE", "title": "Vector databases", "estimatedMinutes": 5,
               "attributes": {"priority": "1", "skill": "vector-databases"}},
              {"id": "acquire-real-time-ml", "kind": "SKILL_TO_ACQUIRE", "title": "Real-time ML infrastructure", "estimatedMinutes": 5,
               "attributes": {"priority": "1", "skill": "real-time-ml"}},
              {"id": "acquire-data-contracts", "kind": "SKILL_TO_ACQUIRE", "title": "Data contracts and testing", "estimatedMinutes": 5,
               "attributes": {"priority": "2", "skill": "data-contracts"}},
              {"id": "acquire-rust", "kind": "SKILL_TO_ACQUIRE", "title": "Rust for data engineering", "estimatedMinutes": 5,
               "attributes": {"priority": "3", "skill": "rust-for-data"}},
              {"id": "acquire-web3", "kind": "SKILL_TO_ACQUIRE", "title": "Web3/blockchain data", "estimatedMinutes": 5,
               "attributes": {"priority": "3", "skill": "web3-data"}}]}""";

    public static final String LEVELS = """
            {"levels": {"llm-ops": 1, "vector-databases": 2, "data-contracts": 3, "finops": 2, "real-time-ml": 1,
                        "data-mesh": 3, "rust-for-data": 0, "web3-data": 0}}""";

    private SkillsMatrix() {
    }

    public static void publish(String moduleId) {
        TestTopics.send(Topics.CONTENT_MODULES, moduleId, MODULE.formatted(moduleId),
                TestTopics.cloudEvent(UUID.randomUUID().toString(), ModulePublished.TYPE));
    }
}
