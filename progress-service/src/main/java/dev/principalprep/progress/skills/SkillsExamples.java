package dev.principalprep.progress.skills;

/** OpenAPI examples of the skills gap answers, drawn from Module 9. */
final class SkillsExamples {

    static final String LEVELS = """
            "levels": [{"level": 0, "name": "None", "meaning": "Never used it; cannot yet say what it is for."},
                       {"level": 1, "name": "Aware", "meaning": "Can explain what it is, when it applies and its main trade-off, well enough for an interview answer."},
                       {"level": 2, "name": "Working", "meaning": "Has used it with guidance or in a side project; can sketch a simple design with it."},
                       {"level": 3, "name": "Proficient", "meaning": "Has run it in production unaided; can discuss failure modes, scaling and monthly cost in depth."},
                       {"level": 4, "name": "Expert", "meaning": "Has led it across teams and could teach it; can defend a principal-level design and its cost."}]""";

    static final String PLAN = """
            {"assessmentId": "5d0f3f0e-2f6b-4b8e-9a51-0c3c1e2a7b10", "recordedAt": "2026-11-20T10:00:00Z",
             "toAcquire": [{"itemId": "acquire-finops", "title": "FinOps and cost optimization", "priority": 1,
                            "group": "Priority 1 (Critical)", "skillId": "finops", "level": 2, "target": 4, "gap": 2,
                            "estimatedHours": 65},
                           {"itemId": "acquire-advanced-streaming", "title": "Advanced streaming (Flink)", "priority": 2,
                            "group": "Priority 2 (Important)", "skillId": "acquire-advanced-streaming", "level": 1,
                            "target": 3, "gap": 2, "estimatedHours": 35}],
             "matrix": [{"skillId": "finops", "skill": "FinOps", "level": 2, "target": 4, "gap": 2, "status2026": "Standard",
                         "importance": "Critical", "priority": 1, "estimatedHours": 65}],
             "plan": [{"skillId": "finops", "skill": "FinOps", "level": 2, "target": 4, "gap": 2, "status2026": "Standard",
                       "importance": "Critical", "priority": 1, "estimatedHours": 65}],
             "onTrack": [], "totalGap": 2, "plannedHours": 65,
            """ + LEVELS + """
            ,
             "hoursPerLevel": {"1": 3, "2": 10, "3": 25, "4": 40}, "hoursAdjusted": false,
             "method": "Target from the module's importance, ..."}""";

    static final String HOURS = """
            {"hoursPerLevel": {"1": 3, "2": 10, "3": 25, "4": 40}, "adjusted": false,
             "defaults": {"1": 3, "2": 10, "3": 25, "4": 40},
            """ + LEVELS + "}";

    static final String HOURS_ADJUSTED = """
            {"hoursPerLevel": {"1": 2, "2": 8, "3": 20, "4": 40}, "adjusted": true,
             "defaults": {"1": 3, "2": 10, "3": 25, "4": 40},
            """ + LEVELS + "}";

    private SkillsExamples() {
    }
}
