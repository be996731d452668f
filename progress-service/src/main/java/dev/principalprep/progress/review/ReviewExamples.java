package dev.principalprep.progress.review;

/** OpenAPI examples of the spaced review answers, drawn from Module 9. */
final class ReviewExamples {

    static final String CARD = """
            {"cardId": "cost-compute.figure", "topic": "COST",
             "front": "Compute (Spark) at $0.50-2.00/TB processed: the monthly cost in the module's example (100TB, 10K QPS), in $?",
             "back": "$5,000-20,000/month", "asksFigure": true, "unit": "$/month", "isNew": true, "due": "2026-11-27",
             "repetitions": 0, "intervalDays": 0, "ease": 2.50, "reviews": 0}""";

    static final String DECK = """
            {"moduleId": "module-9", "version": 1, "cards": [""" + CARD + """
            ], "algorithm": "SM-2 (SuperMemo 2, Wozniak 1990): ..."}""";

    static final String DUE = """
            {"moduleId": "module-9", "today": "2026-11-27", "dueCount": 0, "newCount": 35, "cards": [""" + CARD + "]}";

    static final String OUTCOME = """
            {"cardId": "clarify-requirements", "grade": 4, "correct": null,
             "back": "Clarify Requirements: Functional requirements; Non-functional requirements (SLA/SLO); Scale (volume, velocity, concurrency); Cost constraints",
             "repetitions": 1, "intervalDays": 1, "ease": 2.50, "due": "2026-11-28"}""";

    static final String FIGURE_OUTCOME = """
            {"cardId": "cost-compute.figure", "grade": 4, "correct": true, "back": "$5,000-20,000/month",
             "repetitions": 1, "intervalDays": 1, "ease": 2.50, "due": "2026-11-28"}""";

    static final String SUMMARY = """
            {"today": "2026-11-27", "streakDays": 3, "reviewedToday": 12, "dueToday": 4, "newCards": 20,
             "forecast": [{"day": "2026-11-27", "due": 4}, {"day": "2026-11-28", "due": 9}, {"day": "2026-11-29", "due": 0},
                          {"day": "2026-11-30", "due": 2}, {"day": "2026-12-01", "due": 0}, {"day": "2026-12-02", "due": 6},
                          {"day": "2026-12-03", "due": 1}],
             "modules": [{"moduleId": "module-9", "title": "Module 9: Career & Interview Strategy", "cards": 35, "due": 4, "newCards": 20}],
             "algorithm": "SM-2 (SuperMemo 2, Wozniak 1990): ..."}""";

    private ReviewExamples() {
    }
}
