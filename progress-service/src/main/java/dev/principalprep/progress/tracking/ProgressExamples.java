package dev.principalprep.progress.tracking;

/** OpenAPI examples from Module 9. */
final class ProgressExamples {

    static final String PROGRESS = """
            {"moduleId": "module-9", "moduleVersion": 1, "title": "Module 9: Career & Interview Strategy",
             "items": [{"id": "clarify-requirements", "kind": "STEP", "title": "Clarify Requirements",
                        "estimatedMinutes": 35, "status": "COMPLETED", "minutesSpent": 40}],
             "itemsCompleted": 1, "itemsTotal": 74, "percentComplete": 5.3, "minutesSpent": 40,
             "estimate": {"minMinutes": 600, "maxMinutes": 720, "curriculumMinutes": 660}, "minutesRemaining": 625,
             "nextItem": {"id": "estimate-scale", "kind": "STEP", "title": "Estimate Scale", "estimatedMinutes": 35,
                          "status": "NOT_STARTED", "minutesSpent": 0},
             "costPractice": {"passes": 1, "target": 3, "done": false}}""";

    private ProgressExamples() {
    }
}
