package dev.principalprep.delivery.consumer;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;

/**
 * The inbox of applied event ids as a batch of records uses it: the whole batch is one transaction, and its ids are
 * recorded with one statement at the start of it, so the ids already applied are known before any effect runs.
 */
public interface BatchInbox {

    /**
     * Runs {@code work} in one transaction that first records every id (with its topic) in the inbox; {@code work} is
     * given the ids recorded for the first time. Nothing of it stays when {@code work} fails.
     */
    Uni<Void> inOneTransaction(Map<String, String> topicsById, Function<Set<String>, Uni<Void>> work);
}
