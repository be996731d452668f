package dev.principalprep.progress.stories;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import dev.principalprep.delivery.postgres.Outbox;
import dev.principalprep.events.StoryAdded;
import dev.principalprep.events.Topics;
import dev.principalprep.progress.xapi.StatementLog;
import dev.principalprep.progress.xapi.Statements;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** A learner's STAR stories: private to them; another's story is indistinguishable from none. */
@ApplicationScoped
public class StoryService {

    static final int MAX_STORIES = 50;

    private final Outbox outbox;
    private final StatementLog statements;

    public StoryService(Outbox outbox, StatementLog statements) {
        this.outbox = outbox;
        this.statements = statements;
    }

    @WithTransaction
    public Uni<StoryViews.Story> create(String learner, StoryRequest request) {
        return StarStory.count("learnerId", learner).chain(count -> {
            if (count >= MAX_STORIES) {
                throw new dev.principalprep.problems.InvalidInput("stories",
                        "a bank holds at most " + MAX_STORIES + " stories");
            }
            StarStory story = new StarStory();
            story.id = UUID.randomUUID();
            story.learnerId = learner;
            story.fill(request);
            story.createdAt = OffsetDateTime.now();
            story.updatedAt = story.createdAt;
            StoryAdded event = new StoryAdded(learner, story.id.toString(),
                    story.themeSet().stream().map(Theme::name).toList(), (int) (count + 1));
            return story.<StarStory> persist()
                    .call(() -> outbox.append(Topics.PROGRESS_EVENTS, learner, StoryAdded.TYPE, learner, event))
                    .call(() -> statements.append(Statements.storyAdded(learner, story.id, story.createdAt)))
                    .map(StoryViews.Story::of);
        });
    }

    @WithTransaction
    public Uni<StoryViews.Story> update(String learner, UUID id, StoryRequest request) {
        return owned(learner, id).map(story -> {
            story.fill(request);
            story.updatedAt = OffsetDateTime.now();
            return StoryViews.Story.of(story);
        });
    }

    @WithTransaction
    public Uni<Void> delete(String learner, UUID id) {
        return owned(learner, id).chain(story -> story.delete());
    }

    @WithSession
    public Uni<StoryViews.Story> get(String learner, UUID id) {
        return owned(learner, id).map(StoryViews.Story::of);
    }

    @WithSession
    public Uni<StoryViews.Bank> bank(String learner) {
        return mine(learner).map(stories -> StoryViews.Bank.of(stories.stream().map(StoryViews.Story::of).toList()));
    }

    @WithSession
    public Uni<StoryCheck> check(String learner, UUID id) {
        return owned(learner, id).map(story -> StoryChecker.check(new StoryRequest(story.title, story.situation,
                story.task, story.action, story.result, story.themeSet())));
    }

    @WithSession
    public Uni<StoryViews.Coverage> coverage(String learner) {
        return mine(learner).map(stories -> {
            List<StoryViews.Coverage.Question> questions = Arrays.stream(Theme.values())
                    .filter(theme -> theme.questionId() != null)
                    .map(theme -> {
                        List<UUID> fitting = stories.stream().filter(s -> s.themeSet().contains(theme)).map(s -> s.id)
                                .toList();
                        return new StoryViews.Coverage.Question(theme.questionId(), theme.question(), theme, fitting,
                                !fitting.isEmpty());
                    }).toList();
            return new StoryViews.Coverage(questions, (int) questions.stream().filter(q -> q.covered()).count());
        });
    }

    private Uni<List<StarStory>> mine(String learner) {
        return StarStory.list("learnerId = ?1 order by createdAt, id", learner);
    }

    private Uni<StarStory> owned(String learner, UUID id) {
        return StarStory.<StarStory> find("id = ?1 and learnerId = ?2", id, learner).firstResult().map(story -> {
            if (story == null) {
                throw new NotFoundException("No story " + id);
            }
            return story;
        });
    }
}
