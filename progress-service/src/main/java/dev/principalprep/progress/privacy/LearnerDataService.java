package dev.principalprep.progress.privacy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.principalprep.delivery.postgres.Inbox;
import dev.principalprep.delivery.postgres.Outbox;
import dev.principalprep.events.LearnerErased;
import dev.principalprep.events.LearnerErasureCompleted;
import dev.principalprep.events.Topics;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * A learner's data in progress-service, exported and erased; and the erasure requests of the whole platform, which
 * this service owns: it erases its own part in the request's transaction, announces {@link LearnerErased} from the
 * outbox in that transaction, and marks each other service done as its {@link LearnerErasureCompleted} arrives. Every
 * export and erasure is audited: who, whose (as a digest), when.
 */
@ApplicationScoped
public class LearnerDataService {

    /** This service's name in an erasure's parts. */
    public static final String SERVICE = "progress-service";
    private static final Logger LOG = Logger.getLogger(LearnerDataService.class);

    private final Outbox outbox;
    private final Inbox inbox;
    private final ExportDocument documents;
    private final List<String> otherServices;

    public LearnerDataService(Outbox outbox, Inbox inbox, ObjectMapper json,
            @ConfigProperty(name = "progress.erasure.services") List<String> otherServices) {
        this.outbox = outbox;
        this.inbox = inbox;
        this.documents = new ExportDocument(json);
        this.otherServices = List.copyOf(otherServices);
    }

    /** Everything this service holds about the learner, audited as an export by {@code actor}. */
    @WithTransaction
    public Uni<ObjectNode> export(String learner, String actor) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, String> parts = new LinkedHashMap<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (LearnerTables.Table table : LearnerTables.ALL) {
            chain = chain.call(() -> text(table.exportQuery(), learner).invoke(rows -> parts.put(table.part(), rows)));
        }
        return chain.call(() -> text(LearnerTables.STATEMENTS_QUERY, learner)
                .invoke(rows -> parts.put(LearnerTables.STATEMENTS_PART, rows)))
                .call(() -> audit("EXPORT", actor, learner, null, now))
                .map(ignored -> documents.build(learner, now.toString(), parts));
    }

    /**
     * Erases the learner's data here, anonymises their xAPI statements and asks every other service to erase theirs,
     * all in one transaction; the answer is the new request's status.
     */
    @WithTransaction
    public Uni<ErasureStatus> erase(String learner, String actor) {
        UUID erasureId = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String digest = LearnerDigest.of(learner);
        String anonymous = "erased:" + UUID.randomUUID();
        Uni<Integer> erased = Uni.createFrom().item(0);
        for (LearnerTables.Table table : LearnerTables.ALL) {
            erased = erased.chain(count -> update(table.eraseQuery(), learner).map(rows -> count + rows));
        }
        return erased
                .call(() -> update("delete from outbox_event where record_key = ?1 and topic = '"
                        + Topics.PROGRESS_EVENTS + "'", learner))
                // The webhook delivery log keeps each event's body, the learner's id and data in it.
                .call(() -> update("delete from webhook_delivery where cast(payload as jsonb) -> 'data' ->> 'learnerId' = ?1",
                        learner))
                .call(() -> Panache.getSession().chain(session -> session.createNativeQuery("""
                        update xapi_statement set learner_id = ?2,
                            statement = cast(jsonb_set(cast(statement as jsonb), '{actor,account,name}',
                                    to_jsonb(cast(?2 as text)))
                                as text)
                        where learner_id = ?1""").setParameter(1, learner).setParameter(2, anonymous).executeUpdate()))
                .call(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into learner_erasure (id, learner_digest, requested_by, requested_at) "
                                + "values (?1, ?2, ?3, ?4)")
                        .setParameter(1, erasureId).setParameter(2, digest).setParameter(3, actor).setParameter(4, now)
                        .executeUpdate()))
                .call(() -> part(erasureId, SERVICE, now))
                .call(() -> {
                    Uni<Void> parts = Uni.createFrom().voidItem();
                    for (String service : otherServices) {
                        parts = parts.call(() -> part(erasureId, service, null));
                    }
                    return parts;
                })
                .call(() -> outbox.append(Topics.PROGRESS_ERASURES, learner, LearnerErased.TYPE, erasureId.toString(),
                        new LearnerErased(erasureId.toString(), learner, now.toString())))
                .call(() -> audit("ERASE", actor, learner, erasureId, now))
                .invoke(rows -> LOG.infof("erasure %s requested by %s: %d rows erased here, statements anonymised",
                        erasureId, actor, rows))
                .chain(() -> find(erasureId, learner));
    }

    /** The erasure, if it is this learner's. */
    @WithSession
    public Uni<ErasureStatus> status(UUID erasureId, String learner) {
        return find(erasureId, learner);
    }

    /** Marks a service done with an erasure; a repeat of the event changes nothing. */
    @WithTransaction
    public Uni<Void> completed(String eventId, String topic, LearnerErasureCompleted event) {
        return inbox.firstTime(eventId, topic).chain(first -> !first ? Uni.createFrom().voidItem()
                : Panache.getSession().chain(session -> session.createNativeQuery("""
                        update learner_erasure_part set erased_at = now()
                        where erasure_id = ?1 and service = ?2 and erased_at is null""")
                        .setParameter(1, UUID.fromString(event.erasureId())).setParameter(2, event.service())
                        .executeUpdate()).replaceWithVoid());
    }

    /**
     * What erasures know the learner by: the digest of their id. A fact about the learner that happened at or before
     * an erasure's {@code requested_at} is dropped when it arrives, so a late event never brings erased data back;
     * the cost practice checks that in the statement that counts the fact.
     */
    public static String digestOf(String learner) {
        return LearnerDigest.of(learner);
    }

    private Uni<ErasureStatus> find(UUID erasureId, String learner) {
        return Panache.getSession().chain(session -> session.createSelectionQuery("""
                select e.requestedAt, e.requestedBy, p.service, p.erasedAt from LearnerErasure e
                join LearnerErasurePart p on p.erasureId = e.id
                where e.id = ?1 and e.learnerDigest = ?2""", Object[].class)
                .setParameter(1, erasureId).setParameter(2, LearnerDigest.of(learner)).getResultList())
                .map(rows -> {
                    if (rows.isEmpty()) {
                        throw new NotFoundException("No erasure " + erasureId + " of this learner");
                    }
                    Object[] first = rows.get(0);
                    return ErasureStatus.of(erasureId, utc(first[0]), (String) first[1], rows.stream()
                            .map(row -> new ErasureStatus.Row((String) row[2], utc(row[3]))).toList());
                });
    }

    private static OffsetDateTime utc(Object time) {
        return time == null ? null : ((OffsetDateTime) time).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static Uni<Integer> part(UUID erasureId, String service, OffsetDateTime erasedAt) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "insert into learner_erasure_part (erasure_id, service, erased_at) values (?1, ?2, ?3)")
                .setParameter(1, erasureId).setParameter(2, service).setParameter(3, erasedAt)
                .executeUpdate());
    }

    private static Uni<Integer> audit(String action, String actor, String learner, UUID erasureId, OffsetDateTime at) {
        LOG.infof("%s of learner %s by %s", action, LearnerDigest.of(learner), actor);
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into learner_data_audit (id, action, actor, learner_digest, erasure_id, at)
                values (?1, ?2, ?3, ?4, ?5, ?6)""").setParameter(1, UUID.randomUUID()).setParameter(2, action)
                .setParameter(3, actor).setParameter(4, LearnerDigest.of(learner))
                .setParameter(5, erasureId).setParameter(6, at).executeUpdate());
    }

    private static Uni<String> text(String query, String learner) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(query, String.class)
                .setParameter(1, learner).getSingleResult());
    }

    private static Uni<Integer> update(String query, String learner) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(query).setParameter(1, learner).executeUpdate());
    }
}
