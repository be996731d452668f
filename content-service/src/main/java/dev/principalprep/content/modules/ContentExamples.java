package dev.principalprep.content.modules;

/** OpenAPI examples taken from Module 9 itself. */
public final class ContentExamples {

    public static final String PUBLISHED_MODULE = """
            {"version": 1, "publishedAt": "2026-11-26T18:00:00Z",
             "content": {"id": "module-9", "title": "Module 9: Career & Interview Strategy",
               "estimatedHours": {"min": 10, "max": 12},
               "sections": [{"id": "key-takeaways", "kind": "TAKEAWAYS", "title": "Key Takeaways",
                 "items": [{"id": "takeaway-cost-pass", "title": "Cost Pass",
                            "text": "Always estimate monthly costs in design answers", "estimatedMinutes": 1}]}],
               "documents": [{"id": "system-design-framework", "title": "System Design Framework",
                 "description": "Architecture interviews", "keyTopics": ["Framework", "cost pass", "trade-offs"]}]},
             "readingOrder": [
               {"position": 1, "documentId": "system-design-framework", "sectionId": "seven-step-framework",
                "title": "The 7-Step Framework"},
               {"position": 2, "documentId": null, "sectionId": "key-takeaways", "title": "Key Takeaways"}]}""";

    public static final String STEPS_SECTION = """
            {"id": "seven-step-framework", "kind": "STEPS", "title": "The 7-Step Framework",
             "items": [{"id": "clarify-requirements", "title": "Clarify Requirements",
                        "points": ["Functional requirements", "Non-functional requirements (SLA/SLO)",
                                   "Scale (volume, velocity, concurrency)", "Cost constraints"], "estimatedMinutes": 35}]}""";

    public static final String NOT_FOUND = """
            {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "No published module module-10"}""";

    private ContentExamples() {
    }
}
