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
    public record Story(UUID id, String title, String situation, String task, String action, String result,
            Set<Theme> themes, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

        static Story of(StarStory story) {
            return new Story(story.id, story.title, story.situation, story.task, story.action, story.result,
                    story.themeSet(), story.createdAt, story.updatedAt);
        }
    }

    /** The bank against the module's target of 5 to 7 stories. */
    @Schema(name = "StoryBank")
    public record Bank(List<Story> stories, @Schema(description = "stories written") int count,
            @Schema(description = "the fewest stories the module advises (5)") int targetMin,
            @Schema(description = "the most stories the module advises (7)") int targetMax, String target) {

        static Bank of(List<Story> stories) {
            int count = stories.size();
            String target = count < TARGET_MIN ? (TARGET_MIN - count) + " more to reach the module's 5 to 7"
                    : count > TARGET_MAX ? "more than the module's 7: keep your strongest" : "within the module's 5 to 7";
            return new Bank(stories, count, TARGET_MIN, TARGET_MAX, target);
        }
    }

    /** Which of the module's five leadership questions have a story that fits. */
    @Schema(name = "StoryCoverage")
    public record Coverage(List<Question> questions, @Schema(description = "questions with at least one story") int covered) {

        /** One question with the stories whose themes answer it. */
        @Schema(name = "CoveredQuestion")
        public record Question(String questionId, String question, Theme theme, List<UUID> storyIds, boolean covered) {
        }
    }
}
