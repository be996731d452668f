package dev.principalprep.progress.xapi;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Writes statements into the log, in the caller's transaction, so a statement exists exactly when its fact does. The
 * log is append-only: an undo is a voiding statement, written at most once per voided statement (a unique index).
 */
@ApplicationScoped
public class StatementLog {

    private final ObjectMapper json;

    public StatementLog(ObjectMapper json) {
        this.json = json;
    }

    /** Appends one statement; the database gives it its stored time (the transaction's start) and its order. */
    public Uni<Void> append(Statements.Draft draft) {
        String body;
        try {
            body = json.writeValueAsString(draft.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a statement is made of maps, lists and scalars only", e);
        }
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into xapi_statement (id, learner_id, verb_id, object_id, voided_statement_id, statement)
                values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (voided_statement_id) do nothing""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, draft.learner()).setParameter(3, draft.verb().id)
                .setParameter(4, draft.objectId()).setParameter(5, draft.voids()).setParameter(6, body)
                .executeUpdate()).replaceWithVoid();
    }

    /** Appends each statement in order. */
    public Uni<Void> appendAll(List<Statements.Draft> drafts) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Statements.Draft draft : drafts) {
            chain = chain.chain(() -> append(draft));
        }
        return chain;
    }

    /** Whether the learner has a statement with this verb on this activity that no statement voids. */
    public Uni<Boolean> stands(String learner, Statements.Verb verb, String objectId) {
        return standing(learner, verb, objectId).map(ids -> !ids.isEmpty());
    }

    /**
     * Voids the learner's standing statements with this verb on this activity (a completion undone), and tells how many
     * it voided.
     */
    public Uni<Integer> voidStanding(String learner, Statements.Verb verb, String objectId, OffsetDateTime at) {
        return standing(learner, verb, objectId).chain(ids -> appendAll(ids.stream()
                .map(id -> Statements.voiding(learner, id, at)).toList()).replaceWith(ids.size()));
    }

    private static Uni<List<UUID>> standing(String learner, Statements.Verb verb, String objectId) {
        return Panache.getSession().chain(session -> session.createSelectionQuery("""
                select s.id from StoredStatement s where s.learnerId = ?1 and s.verbId = ?2 and s.objectId = ?3
                and not exists (select 1 from StoredStatement v where v.voidedStatementId = s.id) order by s.seq""",
                UUID.class).setParameter(1, learner).setParameter(2, verb.id).setParameter(3, objectId)
                .getResultList());
    }
}
