package dev.principalprep.events;

import java.util.List;

/**
 * A learner added a STAR story; its text stays private, only its id and themes travel. Schema:
 * {@code schemas/story-added.v1.json}; on {@code progress.events.v1}, keyed by learner id.
 */
public record StoryAdded(String learnerId, String storyId, List<String> themes, int storiesInBank) {

    public static final String TYPE = "dev.principalprep.progress.StoryAdded.v1";
}
