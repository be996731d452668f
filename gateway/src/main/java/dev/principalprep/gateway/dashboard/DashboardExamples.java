package dev.principalprep.gateway.dashboard;

/** The dashboard as the contract shows it. */
final class DashboardExamples {

    static final String COST_DOWN = """
            {"learner": "learner-1",
             "progress": [{"moduleId": "module-9", "title": "Module 9: Career & Interview Strategy",
                           "hours": {"minHours": 10.0, "maxHours": 12.0}, "itemsCompleted": 1, "itemsTotal": 74,
                           "percentComplete": 5.3, "minutesSpent": 40, "minutesRemaining": 625,
                           "costPractice": {"passes": 1, "target": 3, "done": false}, "skillsAssessed": true,
                           "topSkill": {"skillId": "finops", "skill": "FinOps", "level": 2, "target": 4,
                                        "estimatedHours": 65}}],
             "nextItems": [{"moduleId": "module-9", "id": "estimate-scale", "kind": "STEP", "title": "Estimate Scale",
                            "estimatedMinutes": 35, "status": "NOT_STARTED"}],
             "stories": {"count": 2, "targetMin": 5, "targetMax": 7, "withinTarget": false},
             "latestEstimates": null,
             "review": {"streakDays": 3, "reviewedToday": 12, "dueToday": 4, "newCards": 20,
                        "forecast": [{"day": "2026-11-27", "due": 4}, {"day": "2026-11-28", "due": 9}]},
             "missing": ["latestEstimates"]}""";

    private DashboardExamples() {
    }
}
