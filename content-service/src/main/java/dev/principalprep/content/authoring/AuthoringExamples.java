package dev.principalprep.content.authoring;

/** OpenAPI examples for authoring. */
final class AuthoringExamples {

    static final String DRAFT = """
            {"moduleId": "module-10", "revision": 1, "publishedVersion": null,
             "content": {"id": "module-10", "title": "Module 10: Negotiation", "estimatedHours": {"min": 2, "max": 3},
               "sections": [], "documents": []}}""";

    static final String SECTION = """
            {"id": "extra-takeaways", "kind": "TAKEAWAYS", "title": "More takeaways",
             "items": [{"id": "takeaway-trade-offs", "title": "Trade-offs", "text": "Name what you give up", "estimatedMinutes": 2}]}""";

    static final String ITEM = """
            {"id": "capacity-planning", "title": "Capacity Planning", "points": ["Peak vs. average", "Headroom"],
             "estimatedMinutes": 30}""";

    static final String CONFLICT = """
            {"type": "about:blank", "title": "Conflict", "status": 409, "detail": "module module-9 exists",
             "violations": [{"field": "id", "in": "body", "message": "module module-9 exists"}]}""";

    static final String STALE = """
            {"type": "about:blank", "title": "Precondition Failed", "status": 412,
             "detail": "The draft of module-9 changed since the revision you named; read it again"}""";

    static final String NO_IF_MATCH = """
            {"type": "about:blank", "title": "Precondition Required", "status": 428,
             "detail": "Send If-Match with the ETag of the draft you edited"}""";

    private AuthoringExamples() {
    }
}
