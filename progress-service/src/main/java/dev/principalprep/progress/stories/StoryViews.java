package dev.principalprep.progress.stories;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a learner sees of their story bank. */
public final class StoryViews {

    /** The module asks for 5 to 7 stories. */
    public static final int TARGET_MIN = 5;
    public static final int TARGET_MAX = 7;

    private StoryViews() {
    }

    /** One story. */
    @Schema(name = "Story")
    public record Story(@Schema(description = "the story's id, given when it was added") UUID id,
            @Schema(description = "the story's title, up to 120 characters") String title,
            @Schema(description = "STAR situation: the context and the problem, up to 4,000 characters") String situation,
            @Schema(description = "STAR task: what the learner had to achieve, up to 4,000 characters") String task,
            @Schema(description = "STAR action: what the learner did, up to 4,000 characters") String action,
            @Schema(description = "STAR result: the outcome, measured where possible, up to 4,000 characters") String result,
            @Schema(description = "what the story can answer, at most 7: the first five themes are the module's leadership questions") Set<Theme> themes,
            @Schema(description = "when the story was added, ISO 8601 date-time with its UTC offset") OffsetDateTime createdAt,
            @Schema(description = "when the story was last changed, ISO 8601 date-time with its UTC offset; createdAt until then") OffsetDateTime updatedAt) {

        static Story of(StarStory story) {
            return new Story(story.id, story.title, story.situation, story.task, story.action, story.result,
                    story.themeSet(), story.createdAt, story.updatedAt);
        }
    }

    /** The bank against the module's target of 5 to 7 stories. */
    @Schema(name = "StoryBank")
    public record Bank(@Schema(description = "the learner's stories, oldest first") List<Story> stories,
            @Schema(description = "stories written") int count,
            @Schema(description = "the fewest stories the module advises (5)") int targetMin,
            @Schema(description = "the most stories the module advises (7)") int targetMax,
            @Schema(description = "where the count stands against the module's 5 to 7, in words") String target) {

        static Bank of(List<Story> stories) {
            int count = stories.size();
            String target = count < TARGET_MIN ? (TARGET_MIN - count) + " more to reach the module's 5 to 7"
                    : count > TARGET_MAX ? "more than the module's 7: keep your strongest" : "within the module's 5 to 7";
            return new Bank(stories, count, TARGET_MIN, TARGET_MAX, target);
        }
    }

    /** Which of the module's five leadership questions have a story that fits. */
    @Schema(name = "StoryCoverage")
    public record Coverage(
            @Schema(description = "the module's five leadership questions, in the module's order, each with the stories that fit") List<Question> questions,
            @Schema(description = "questions with at least one story") int covered) {

        /** One question with the stories whose themes answer it. */
        @Schema(name = "CoveredQuestion")
        public record Question(
                @Schema(description = "the leadership question's item id in the module (kind QUESTION)") String questionId,
                @Schema(description = "the question as the module asks it") String question,
                @Schema(description = "the story theme that answers it") Theme theme,
                @Schema(description = "ids of the learner's stories with that theme, oldest first") List<UUID> storyIds,
                @Schema(description = "true when at least one story answers it") boolean covered) {
        }
    }
}
