package dev.principalprep.delivery.mongo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

import dev.principalprep.delivery.outbox.Backlog;
import dev.principalprep.delivery.outbox.OutboxStore;
import dev.principalprep.delivery.outbox.PendingEvent;
import io.quarkus.mongodb.FindOptions;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * An outbox kept inside the documents whose changes it announces: each document carries an array of events, appended
 * in the same single-document write as the change (MongoDB's unit of atomicity, and the only one a server without
 * replica set offers). The record key of an event is its document's id. A claim is a lease on a whole document
 * ({@value #LEASE}), taken with a conditional update, so replicas never send a document's events twice.
 */
public class MongoOutboxStore implements OutboxStore {

    /** The field of each document that holds its outbox lease. */
    public static final String LEASE = "outboxLeaseUntil";
    private static final String EVENT_ID = "eventId";
    private static final String SENT_AT = "sentAt";
    private static final String CREATED_AT = "createdAt";

    private final ReactiveMongoCollection<Document> documents;
    private final String field;

    /** The outbox in the array {@code field} of the documents of {@code documents}. */
    public MongoOutboxStore(ReactiveMongoCollection<Document> documents, String field) {
        this.documents = documents;
        this.field = field;
    }

    /** An outbox entry for the document {@code key}, to push onto its array in the write that makes the change. */
    public static Document entry(String topic, String key, String type, String subject, String payload) {
        return new Document(EVENT_ID, PendingEvent.idOf(type, key, payload)).append("topic", topic)
                .append("type", type).append("subject", subject).append("payload", payload)
                .append(CREATED_AT, new Date()).append(SENT_AT, null);
    }

    @Override
    public Uni<List<PendingEvent>> claim(int limit, Duration lease) {
        Date now = new Date();
        Bson free = Filters.or(Filters.eq(LEASE, null), Filters.lt(LEASE, now));
        return documents.find(new FindOptions().filter(Filters.and(pending(), free))
                .projection(Projections.include("_id")).limit(limit)).collect().asList()
                .onItem().transformToMulti(found -> Multi.createFrom().iterable(found))
                .onItem().transformToUniAndConcatenate(candidate -> documents.findOneAndUpdate(
                        Filters.and(Filters.eq("_id", candidate.get("_id")), free),
                        Updates.set(LEASE, Date.from(now.toInstant().plus(lease))),
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)
                                .projection(Projections.include(field))))
                .filter(claimed -> claimed != null)
                .onItem().transformToIterable(this::pendingOf)
                .collect().asList()
                .map(events -> events.stream().sorted(Comparator.comparing(PendingEvent::createdAt)).toList());
    }

    @Override
    public Uni<Void> markSent(List<PendingEvent> events) {
        Date now = new Date();
        return Multi.createFrom().iterable(events)
                .onItem().transformToUniAndConcatenate(event -> documents.updateOne(
                        Filters.and(Filters.eq("_id", event.key()), Filters.eq(field + "." + EVENT_ID, event.id())),
                        Updates.set(field + ".$." + SENT_AT, now)))
                .collect().last().chain(() -> release(events));
    }

    @Override
    public Uni<Void> release(List<PendingEvent> events) {
        return Multi.createFrom().iterable(events.stream().map(PendingEvent::key).distinct().toList())
                .onItem().transformToUniAndConcatenate(key -> documents.updateOne(Filters.eq("_id", key),
                        Updates.set(LEASE, null)))
                .collect().last().replaceWithVoid();
    }

    @Override
    public Uni<Long> prune(Instant sentBefore) {
        Date before = Date.from(sentBefore);
        return documents.updateMany(Filters.elemMatch(field, Filters.lt(SENT_AT, before)),
                Updates.pull(field, Filters.lt(SENT_AT, before))).map(result -> result.getModifiedCount());
    }

    @Override
    public Uni<Backlog> backlog() {
        return documents.find(new FindOptions().filter(pending()).projection(Projections.include(field))).collect()
                .asList().map(found -> {
                    List<PendingEvent> events = found.stream().flatMap(d -> pendingOf(d).stream()).toList();
                    return Backlog.of(events.size(), events.stream().map(PendingEvent::createdAt)
                            .min(Comparator.naturalOrder()).orElse(null), Instant.now());
                });
    }

    private Bson pending() {
        return Filters.elemMatch(field, Filters.eq(SENT_AT, null));
    }

    private List<PendingEvent> pendingOf(Document document) {
        String key = String.valueOf(document.get("_id"));
        List<PendingEvent> events = new ArrayList<>();
        for (Document entry : document.getList(field, Document.class, List.of())) {
            if (entry.get(SENT_AT) == null) {
                events.add(new PendingEvent(entry.getString(EVENT_ID), entry.getString("topic"), key,
                        entry.getString("type"), entry.getString("subject"), entry.getString("payload"),
                        entry.getDate(CREATED_AT).toInstant()));
            }
        }
        return events;
    }
}
