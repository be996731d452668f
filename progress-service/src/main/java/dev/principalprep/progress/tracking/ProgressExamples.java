package dev.principalprep.progress.tracking;

/** OpenAPI examples from Module 9. */
final class ProgressExamples {

    static final String PROGRESS = """
            {"moduleId": "module-9", "moduleVersion": 1, "title": "Module 9: Career & Interview Strategy",
             "items": [{"id": "clarify-requirements", "kind": "STEP", "title": "Clarify Requirements",
                        "estimatedMinutes": 35, "status": "COMPLETED", "minutesSpent": 40}],
             "itemsCompleted": 1, "itemsTotal": 69, "percentComplete": 5.3, "minutesSpent": 40,
             "estimate": {"minMinutes": 600, "maxMinutes": 720, "curriculumMinutes": 660}, "minutesRemaining": 625,
             "nextItem": {"id": "estimate-scale", "kind": "STEP", "title": "Estimate Scale", "estimatedMinutes": 35,
                          "status": "NOT_STARTED", "minutesSpent": 0},
             "costPractice": {"passes": 1, "target": 3, "done": false}, "nextSteps": {"completed": 0, "total": 5}}""";

    static final String ITEM_STATE = """
            {"moduleId": "module-9",
             "item": {"id": "clarify-requirements", "kind": "STEP", "title": "Clarify Requirements",
                      "estimatedMinutes": 35, "status": "COMPLETED", "minutesSpent": 40},
             "itemsCompleted": 1, "itemsTotal": 69, "percentComplete": 5.3,
             "nextItem": {"id": "estimate-scale", "kind": "STEP", "title": "Estimate Scale", "estimatedMinutes": 35,
                          "status": "NOT_STARTED", "minutesSpent": 0}}""";

    static final String STALE = """
            {"type": "/problems/precondition-failed", "title": "Precondition Failed", "status": 412,
             "detail": "The item changed since the ETag in If-Match; read it again",
             "instance": "/api/v1/learners/me/modules/module-9/items/clarify-requirements", "violations": []}""";

    static final String REFUSED = """
            {"type": "/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "practice-cost-calculations is completed by your 3 cost passes (the target is 3) and cannot be set to IN_PROGRESS",
             "instance": "/api/v1/learners/me/modules/module-9/items/practice-cost-calculations",
             "violations": [{"field": "status", "in": "body", "message": "practice-cost-calculations is completed by your 3 cost passes (the target is 3) and cannot be set to IN_PROGRESS"}]}""";

    private ProgressExamples() {
    }
}
