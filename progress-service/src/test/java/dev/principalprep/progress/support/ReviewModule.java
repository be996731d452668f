package dev.principalprep.progress.support;

import dev.principalprep.progress.curriculum.CurriculumModule;

/** What Module 9 asks to know cold, as content-service publishes it: the items review cards are made from. */
public final class ReviewModule {

    public static final String MODULE = """
            {"moduleId": "%s", "version": %d, "title": "Review", "estimatedHoursMin": 1, "estimatedHoursMax": 2, "items": [
              {"id": "clarify-requirements", "kind": "STEP", "title": "Clarify Requirements", "estimatedMinutes": 35,
               "attributes": {"points": "Functional requirements; Non-functional requirements (SLA/SLO); Scale (volume, velocity, concurrency); Cost constraints"}},
              {"id": "estimate-scale", "kind": "STEP", "title": "Estimate Scale", "estimatedMinutes": 35,
               "attributes": {"points": "Data volume (GB/TB/PB); Request rate (QPS, peak vs. average); Growth rate (week over week, month over month); Retention requirements"}},
              {"id": "high-level-design", "kind": "STEP", "title": "High-Level Design", "estimatedMinutes": 35,
               "attributes": {"points": "Architecture diagram; Component selection; Data flow"}},
              {"id": "data-modeling", "kind": "STEP", "title": "Data Modeling", "estimatedMinutes": 35,
               "attributes": {"points": "Schema design; Partitioning strategy; Access patterns"}},
              {"id": "deep-dive-on-components", "kind": "STEP", "title": "Deep Dive on Components", "estimatedMinutes": 35,
               "attributes": {"points": "Storage (format, tiering); Compute (engine, scaling); Ingestion (batch vs. streaming); Serving (latency requirements)"}},
              {"id": "bottleneck-analysis", "kind": "STEP", "title": "Bottleneck Analysis", "estimatedMinutes": 35,
               "attributes": {"points": "What breaks first?; Single points of failure; Mitigation strategies"}},
              {"id": "cost-optimization", "kind": "STEP", "title": "Cost Optimization", "estimatedMinutes": 35,
               "attributes": {"points": "Storage tiering; Compute right-sizing; Spot instances; Caching strategies; Cost pass: Always estimate monthly cost"}},
              {"id": "cost-storage", "kind": "ROW", "title": "Storage (S3)", "estimatedMinutes": 15,
               "attributes": {"cost model": "$23/TB/month", "example (100tb, 10k qps)": "$2,300/month"}},
              {"id": "cost-compute", "kind": "ROW", "title": "Compute (Spark)", "estimatedMinutes": 15,
               "attributes": {"cost model": "$0.50-2.00/TB processed", "example (100tb, 10k qps)": "$5,000-20,000/month"}},
              {"id": "cost-streaming", "kind": "ROW", "title": "Streaming (Kafka)", "estimatedMinutes": 15,
               "attributes": {"cost model": "$0.10/GB/month", "example (100tb, 10k qps)": "$10,000/month (100TB)"}},
              {"id": "cost-serving", "kind": "ROW", "title": "Serving (Trino)", "estimatedMinutes": 15,
               "attributes": {"cost model": "$1.00/TB queried", "example (100tb, 10k qps)": "$10,000/month"}},
              {"id": "tip-spot-instances", "kind": "TIP", "title": "Always mention spot instances (60-80%% savings)", "estimatedMinutes": 5},
              {"id": "tip-storage-tiering", "kind": "TIP", "title": "Discuss storage tiering (hot/warm/cold)", "estimatedMinutes": 5},
              {"id": "tip-auto-scaling", "kind": "TIP", "title": "Mention auto-scaling for variable workloads", "estimatedMinutes": 5},
              {"id": "tip-opex-capex", "kind": "TIP", "title": "Show you understand OpEx vs. CapEx", "estimatedMinutes": 5},
              {"id": "star-method", "kind": "SECTION", "title": "Principal-Level STAR Stories", "estimatedMinutes": 20,
               "attributes": {"parts": "Situation, Task, Action, Result"}},
              {"id": "trait-scope", "kind": "TRAIT", "title": "Scope", "estimatedMinutes": 10, "attributes": {"text": "Multi-team or organization-wide impact"}},
              {"id": "trait-complexity", "kind": "TRAIT", "title": "Complexity", "estimatedMinutes": 10, "attributes": {"text": "Technical and/or organizational"}},
              {"id": "trait-leadership", "kind": "TRAIT", "title": "Leadership", "estimatedMinutes": 10, "attributes": {"text": "Influencing without authority"}},
              {"id": "trait-business-impact", "kind": "TRAIT", "title": "Business Impact", "estimatedMinutes": 10, "attributes": {"text": "Measurable business value"}},
              {"id": "trait-cost-awareness", "kind": "TRAIT", "title": "Cost Awareness", "estimatedMinutes": 10, "attributes": {"text": "Cost optimization or savings"}},
              {"id": "disagreed-with-senior-engineer", "kind": "QUESTION", "title": "Tell me about a time you disagreed with another senior engineer", "estimatedMinutes": 25,
               "attributes": {"tests": "Conflict resolution, diplomacy", "points": "Disagree agreeably; data-driven decisions"}},
              {"id": "influence-without-authority", "kind": "QUESTION", "title": "How do you influence without authority?", "estimatedMinutes": 25,
               "attributes": {"tests": "Influence, persuasion", "points": "Build relationships; data; timelines"}},
              {"id": "describe-failed-project", "kind": "QUESTION", "title": "Describe a failed project", "estimatedMinutes": 25,
               "attributes": {"tests": "Resilience, learning", "points": "What you learned; how you recovered"}},
              {"id": "handle-underperformance", "kind": "QUESTION", "title": "How do you handle underperformance?", "estimatedMinutes": 25,
               "attributes": {"tests": "Management, empathy", "points": "Coaching; documentation; fairness"}},
              {"id": "deliver-bad-news", "kind": "QUESTION", "title": "Tell me about a time you had to deliver bad news", "estimatedMinutes": 25,
               "attributes": {"tests": "Communication, integrity", "points": "Transparency; mitigation; follow-through"}},
              {"id": "review-system-design-framework", "kind": "CHECKLIST_ITEM", "title": "Review system design framework", "estimatedMinutes": 2, "attributes": {"group": "Before the Interview"}},
              {"id": "prepare-star-stories", "kind": "CHECKLIST_ITEM", "title": "Prepare 5-7 STAR stories", "estimatedMinutes": 2, "attributes": {"group": "Before the Interview"}},
              {"id": "clarify-requirements-before-designing", "kind": "CHECKLIST_ITEM", "title": "Clarify requirements before designing", "estimatedMinutes": 2, "attributes": {"group": "During the Interview"}},
              {"id": "include-cost-estimates", "kind": "CHECKLIST_ITEM", "title": "Include cost estimates (cost pass)", "estimatedMinutes": 2, "attributes": {"group": "During the Interview"}},
              {"id": "send-thank-you-note", "kind": "CHECKLIST_ITEM", "title": "Send thank you note", "estimatedMinutes": 2, "attributes": {"group": "After the Interview"}},
              {"id": "takeaway-practice", "kind": "TAKEAWAY", "title": "Practice", "estimatedMinutes": 1}]}""";

    private ReviewModule() {
    }

    /** The module as the curriculum read model holds it, for tests of plain classes. */
    public static CurriculumModule readModel(String moduleId) {
        return Curriculum.readModel(MODULE.formatted(moduleId, 1));
    }
}
