package dev.principalprep.progress.stories;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a story can answer; the first five are the module's leadership questions. */
@Schema(name = "Theme", description = "what a story can answer: CONFLICT (disagreeing with another senior engineer), INFLUENCE (influence without authority), FAILURE (a failed project), UNDERPERFORMANCE (handling underperformance) and BAD_NEWS (delivering bad news) are the module's five leadership questions; COST_SAVINGS and SCALE answer none of them")
public enum Theme {
    CONFLICT("disagreed-with-senior-engineer", "Tell me about a time you disagreed with another senior engineer"),
    INFLUENCE("influence-without-authority", "How do you influence without authority?"),
    FAILURE("describe-failed-project", "Describe a failed project"),
    UNDERPERFORMANCE("handle-underperformance", "How do you handle underperformance?"),
    BAD_NEWS("deliver-bad-news", "Tell me about a time you had to deliver bad news"),
    COST_SAVINGS(null, null),
    SCALE(null, null);

    private final String questionId;
    private final String question;

    Theme(String questionId, String question) {
        this.questionId = questionId;
        this.question = question;
    }

    /** The Module 9 leadership question (content id) this theme answers, or null. */
    public String questionId() {
        return questionId;
    }

    public String question() {
        return question;
    }
}
