package dev.principalprep.delivery.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The relay's settings ({@code delivery.outbox.*}). The safety-net poll interval ({@code poll-every}, 2s) and the
 * pruning interval ({@code prune-every}, 10m) are read by the schedules themselves.
 */
@ConfigMapping(prefix = "delivery.outbox")
public interface OutboxConfig {

    /** Events claimed, sent together and marked sent in one write. */
    @WithDefault("200")
    int batchSize();

    /**
     * How long a claim keeps other replicas off its events; longer than the producer's delivery timeout, so a send
     * still in flight is never claimed again, and short, since it is how long a crashed replica's claim waits.
     */
    @WithDefault("12s")
    Duration lease();

    /** How long sent events are kept (for inspection) before pruning. */
    @WithDefault("P7D")
    Duration retention();

    /** The CloudEvents {@code source} of every event this service sends. */
    @WithDefault("/${quarkus.application.name}")
    String source();
}
