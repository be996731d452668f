package dev.principalprep.events;

import java.util.List;

/** Every event type the platform exchanges, with its schema: producers, consumers and tests look them up here. */
public final class EventTypes {

    public static final EventType<ModulePublished> MODULE_PUBLISHED = new EventType<>(ModulePublished.TYPE,
            "schemas/module-published.v1.json", ModulePublished.class);
    public static final EventType<EstimateCreated> ESTIMATE_CREATED = new EventType<>(EstimateCreated.TYPE,
            "schemas/estimate-created.v1.json", EstimateCreated.class);
    public static final EventType<ItemCompleted> ITEM_COMPLETED = new EventType<>(ItemCompleted.TYPE,
            "schemas/item-completed.v1.json", ItemCompleted.class);
    public static final EventType<ModuleCompleted> MODULE_COMPLETED = new EventType<>(ModuleCompleted.TYPE,
            "schemas/module-completed.v1.json", ModuleCompleted.class);
    public static final EventType<StoryAdded> STORY_ADDED = new EventType<>(StoryAdded.TYPE,
            "schemas/story-added.v1.json", StoryAdded.class);
    public static final EventType<AssessmentRecorded> ASSESSMENT_RECORDED = new EventType<>(AssessmentRecorded.TYPE,
            "schemas/assessment-recorded.v1.json", AssessmentRecorded.class);
    public static final EventType<MockInterviewLogged> MOCK_INTERVIEW_LOGGED = new EventType<>(MockInterviewLogged.TYPE,
            "schemas/mock-interview-logged.v1.json", MockInterviewLogged.class);
    public static final EventType<CostPassGraded> COST_PASS_GRADED = new EventType<>(CostPassGraded.TYPE,
            "schemas/cost-pass-graded.v1.json", CostPassGraded.class);

    public static final EventType<LearnerErased> LEARNER_ERASED = new EventType<>(LearnerErased.TYPE,
            "schemas/learner-erased.v1.json", LearnerErased.class);
    public static final EventType<LearnerErasureCompleted> LEARNER_ERASURE_COMPLETED = new EventType<>(
            LearnerErasureCompleted.TYPE, "schemas/learner-erasure-completed.v1.json", LearnerErasureCompleted.class);

    public static final List<EventType<?>> ALL = List.of(MODULE_PUBLISHED, ESTIMATE_CREATED, ITEM_COMPLETED,
            MODULE_COMPLETED, STORY_ADDED, ASSESSMENT_RECORDED, MOCK_INTERVIEW_LOGGED, COST_PASS_GRADED, LEARNER_ERASED,
            LEARNER_ERASURE_COMPLETED);

    private EventTypes() {
    }
}
