package dev.principalprep.progress.push;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the pushes to integrators (webhooks, LRS forwarding); each has an environment variable PUSH_... */
@ConfigMapping(prefix = "push")
public interface PushConfig {

    /** Admit http and loopback targets (local runs and tests only): PUSH_ALLOW_LOOPBACK. */
    @WithDefault("false")
    boolean allowLoopback();

    /** The waits between attempts, after the first, second, ... failure (see README). */
    @WithDefault("5s,5m,30m,2h,5h,10h,10h")
    List<Duration> retryDelays();

    /** How long a replica holds the deliveries it claimed before another may take them. */
    @WithDefault("60s")
    Duration lease();

    /** How long one HTTP request to a receiver may take. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** How often each replica looks for due deliveries and LRS endpoints with statements to forward. */
    @WithDefault("1s")
    Duration pollInterval();

    /** How many due deliveries (or LRS endpoints) one poll claims. */
    @WithDefault("20")
    int claimBatch();

    Webhooks webhooks();

    Lrs lrs();

    interface Webhooks {
        /** Failed attempts in a row after which a subscription is disabled... */
        @WithDefault("15")
        int disableAfterFailures();

        /** ...provided the first of them is at least this old. */
        @WithDefault("5d")
        Duration disableAfter();

        /** How long the old secret still signs after a rotation, by default. */
        @WithDefault("24h")
        Duration rotationGrace();
    }

    interface Lrs {
        /** Statements per POST to an LRS. */
        @WithDefault("50")
        int batchSize();
    }

    default RetrySchedule schedule() {
        return new RetrySchedule(retryDelays());
    }

    default DisableRule disableRule() {
        return new DisableRule(webhooks().disableAfterFailures(), webhooks().disableAfter());
    }

    default TargetPolicy targets() {
        return new TargetPolicy(allowLoopback(), java.net.InetAddress::getAllByName);
    }
}
