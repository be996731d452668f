package dev.principalprep.progress.mockinterviews;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.principalprep.delivery.postgres.Outbox;
import dev.principalprep.events.MockInterviewLogged;
import dev.principalprep.events.Topics;
import dev.principalprep.problems.InvalidInput;
import dev.principalprep.progress.curriculum.CurriculumModule;
import dev.principalprep.progress.curriculum.CurriculumRepository;
import dev.principalprep.progress.xapi.StatementLog;
import dev.principalprep.progress.xapi.Statements;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Mock interview sessions against a module's checklist and framework steps; private to the learner. */
@ApplicationScoped
public class MockInterviewService {

    static final String CHECKLIST_KIND = "CHECKLIST_ITEM";
    static final String STEP_KIND = "STEP";

    private final CurriculumRepository curriculum;
    private final Outbox outbox;
    private final ObjectMapper json;

    private final StatementLog statements;

    public MockInterviewService(CurriculumRepository curriculum, Outbox outbox, ObjectMapper json,
            StatementLog statements) {
        this.statements = statements;
        this.curriculum = curriculum;
        this.outbox = outbox;
        this.json = json;
    }

    @WithTransaction
    public Uni<MockInterviewViews.Session> log(String learner, String moduleId, MockInterviewRequest request) {
        return curriculum.requireWithItems(moduleId).chain(module -> {
            MockInterview session = new MockInterview();
            session.id = UUID.randomUUID();
            session.learnerId = learner;
            session.moduleId = moduleId;
            session.createdAt = OffsetDateTime.now();
            Set<String> checklist = fill(session, module, request);
            int checklistTotal = ids(module, CHECKLIST_KIND).size();
            MockInterviewLogged event = new MockInterviewLogged(learner, moduleId, session.id.toString(),
                    session.kind.name(), session.heldOn.toString(), checklist.size(), checklistTotal);
            return session.persist()
                    .call(() -> outbox.append(Topics.PROGRESS_EVENTS, learner, MockInterviewLogged.TYPE, learner, event))
                    .call(() -> statements.append(Statements.mockInterviewHeld(learner, moduleId, module.title,
                            session.kind.name(), session.heldOn)))
                    .map(ignored -> view(session, checklistTotal));
        });
    }

    @WithSession
    public Uni<MockInterviewViews.Session> get(String learner, String moduleId, UUID id) {
        return curriculum.requireWithItems(moduleId).chain(module -> owned(learner, moduleId, id)
                .map(session -> view(session, ids(module, CHECKLIST_KIND).size())));
    }

    /** Rewrites a session as the learner corrects it; the fact that it was held was announced when it was logged. */
    @WithTransaction
    public Uni<MockInterviewViews.Session> update(String learner, String moduleId, UUID id,
            MockInterviewRequest request) {
        return curriculum.requireWithItems(moduleId).chain(module -> owned(learner, moduleId, id).map(session -> {
            fill(session, module, request);
            session.updatedAt = OffsetDateTime.now();
            return view(session, ids(module, CHECKLIST_KIND).size());
        }));
    }

    @WithTransaction
    public Uni<Void> delete(String learner, String moduleId, UUID id) {
        return curriculum.requireWithItems(moduleId)
                .chain(module -> owned(learner, moduleId, id)).chain(session -> session.delete());
    }

    /** Another learner's session is indistinguishable from none. */
    private static Uni<MockInterview> owned(String learner, String moduleId, UUID id) {
        return MockInterview.<MockInterview> find("id = ?1 and learnerId = ?2 and moduleId = ?3", id, learner, moduleId)
                .firstResult().map(session -> {
                    if (session == null) {
                        throw new NotFoundException("No mock interview " + id + " of yours in module " + moduleId);
                    }
                    return session;
                });
    }

    /** Writes the request into the session after checking its checklist and steps are the module's. */
    private Set<String> fill(MockInterview session, CurriculumModule module, MockInterviewRequest request) {
        Set<String> checklist = request.checklist() == null ? Set.of() : new TreeSet<>(request.checklist());
        Map<String, Integer> scores = request.stepScores() == null ? Map.of() : new TreeMap<>(request.stepScores());
        Set<String> checklistIds = ids(module, CHECKLIST_KIND);
        Set<String> stepIds = ids(module, STEP_KIND);
        checklist.stream().filter(id -> !checklistIds.contains(id)).findFirst().ifPresent(id -> {
            throw new InvalidInput("checklist", "no checklist item " + id + " in module " + module.moduleId);
        });
        scores.keySet().stream().filter(id -> !stepIds.contains(id)).findFirst().ifPresent(id -> {
            throw new InvalidInput("stepScores." + id, "no framework step " + id + " in module " + module.moduleId);
        });
        session.heldOn = request.day();
        session.kind = request.kind();
        session.checklist = write(checklist);
        session.stepScores = write(scores);
        session.starScore = request.starScore();
        MockInterviewRequest.Reflections reflections = request.reflections();
        session.wentWell = reflections == null ? null : reflections.wentWell();
        session.wentPoorly = reflections == null ? null : reflections.wentPoorly();
        session.questionsToDocument = reflections == null ? null : reflections.questionsToDocument();
        session.followUps = reflections == null ? null : reflections.followUps();
        return checklist;
    }

    @WithSession
    public Uni<MockInterviewViews.History> history(String learner, String moduleId) {
        return curriculum.requireWithItems(moduleId).chain(module -> MockInterview.<MockInterview> list(
                "learnerId = ?1 and moduleId = ?2 order by heldOn, createdAt", learner, moduleId).map(found -> {
                    int total = ids(module, CHECKLIST_KIND).size();
                    List<MockInterviewViews.Session> sessions = found.stream().map(s -> view(s, total)).toList();
                    return new MockInterviewViews.History(sessions, ScoreTrend.points(sessions),
                            ScoreTrend.stepChange(sessions));
                }));
    }

    private MockInterviewViews.Session view(MockInterview session, int checklistTotal) {
        return new MockInterviewViews.Session(session.id, session.heldOn, session.kind,
                read(session.checklist, new TypeReference<List<String>>() {
                }), checklistTotal, read(session.stepScores, new TypeReference<Map<String, Integer>>() {
                }), session.starScore, new MockInterviewRequest.Reflections(session.wentWell, session.wentPoorly,
                        session.questionsToDocument, session.followUps),
                session.createdAt, session.updatedAt);
    }

    private static Set<String> ids(CurriculumModule module, String kind) {
        return module.items.stream().filter(i -> kind.equals(i.kind)).map(i -> i.itemId)
                .collect(java.util.stream.Collectors.toSet());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored session unreadable", e);
        }
    }
}
