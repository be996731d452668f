package dev.principalprep.delivery.postgres;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The inbox of applied events ({@code processed_event}). Called inside the transaction that applies an event, so the
 * id and the effect are written together or not at all. The insert itself decides ({@code on conflict do nothing}):
 * of two deliveries of one event, even at the same moment on two replicas, exactly one is told it is the first.
 */
@ApplicationScoped
public class Inbox {

    /** True the first time an event id is seen (and records it); false for a repeat. */
    public Uni<Boolean> firstTime(String eventId, String topic) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "insert into processed_event (event_id, topic, processed_at) values (?1, ?2, now()) "
                        + "on conflict (event_id) do nothing")
                .setParameter(1, eventId).setParameter(2, topic).executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
