package dev.principalprep.delivery.postgres;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import dev.principalprep.delivery.consumer.BatchInbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The inbox of applied events ({@code processed_event}). Written inside the transaction that applies the events, so
 * the ids and the effects are committed together or not at all. The insert itself decides ({@code on conflict do
 * nothing}): of two deliveries of one event, even at the same moment on two replicas, exactly one is told it is the
 * first.
 */
@ApplicationScoped
public class Inbox implements BatchInbox {

    /** The ids a batch recorded for the first time and has not applied yet, kept where the batch's session is. */
    private static final String CLAIMED = Inbox.class.getName() + ".claimed";

    /**
     * True the first time an event id is seen (and records it); false for a repeat. Inside a batch's transaction, an id
     * the batch has just recorded is a first time once, without another statement: so an effect written to check the
     * inbox itself works the same whether its channel delivers one record or a batch.
     */
    public Uni<Boolean> firstTime(String eventId, String topic) {
        Context context = Vertx.currentContext();
        Set<String> claimed = context == null ? null : context.getLocal(CLAIMED);
        if (claimed != null && claimed.remove(eventId)) {
            return Uni.createFrom().item(true);
        }
        return recordAll(Map.of(eventId, topic)).map(fresh -> !fresh.isEmpty());
    }

    @Override
    public Uni<Void> inOneTransaction(Map<String, String> topicsById, Function<Set<String>, Uni<Void>> work) {
        return Panache.withTransaction(() -> recordAll(topicsById).chain(fresh -> {
            Vertx.currentContext().putLocal(CLAIMED, new HashSet<>(fresh));
            return work.apply(fresh);
        }).eventually(() -> Vertx.currentContext().removeLocal(CLAIMED)));
    }

    /**
     * Records the ids and answers those inserted, i.e. seen for the first time. The insert decides ({@code on conflict
     * do nothing}): one id is new when it wrote a row. A batch first reads which of its ids were recorded before; when
     * its insert then writes fewer rows than the rest, another replica recorded one in between, and the batch fails (a
     * transient failure: it is applied again and reads that id as seen). Only statements whose plans Hibernate 7.2
     * keeps: a native query that returns rows (an insert's {@code returning} included) missed its query plan cache on
     * every run and added a plan under the same hash, and the full cache made each lookup a long search.
     */
    private static Uni<Set<String>> recordAll(Map<String, String> topicsById) {
        if (topicsById.size() == 1) {
            return insert(topicsById).map(inserted -> inserted == 1 ? topicsById.keySet() : Set.of());
        }
        return recorded(topicsById.keySet()).chain(seen -> {
            Map<String, String> fresh = new HashMap<>(topicsById);
            fresh.keySet().removeAll(seen);
            return fresh.isEmpty() ? Uni.createFrom().item(Set.<String> of()) : insert(fresh).map(inserted -> {
                if (inserted != fresh.size()) {
                    throw new IllegalStateException("events of this batch were recorded by another consumer meanwhile");
                }
                return fresh.keySet();
            });
        });
    }

    /** Those of the ids recorded before: the ids alone, by a query on the mapped {@link ProcessedEvent}. */
    private static Uni<List<String>> recorded(Set<String> ids) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("select p.eventId from ProcessedEvent p where p.eventId in ?1", String.class)
                .setParameter(1, ids).getResultList());
    }

    private static Uni<Integer> insert(Map<String, String> topicsById) {
        StringBuilder sql = new StringBuilder("insert into processed_event (event_id, topic, processed_at) values ");
        int parameter = 0;
        for (int row = 0; row < topicsById.size(); row++) {
            sql.append(row == 0 ? "" : ", ").append("(?").append(++parameter).append(", ?").append(++parameter)
                    .append(", now())");
        }
        sql.append(" on conflict (event_id) do nothing");
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql.toString());
            int next = 0;
            for (var entry : topicsById.entrySet()) {
                query.setParameter(++next, entry.getKey());
                query.setParameter(++next, entry.getValue());
            }
            return query.executeUpdate();
        });
    }
}
