package dev.principalprep.progress.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduler;

/**
 * Pauses the scheduled push jobs (webhook deliveries, LRS forwarding) as soon as the service begins to stop. They read
 * the database every second, and its pool closes before the Kafka consumers have: each run in between failed and
 * logged an error. A delivery they would have claimed stays due and is sent after the next start.
 */
@ApplicationScoped
class PushJobsAtShutdown {

    void pause(@Observes ShutdownEvent stopping, Scheduler scheduler) {
        scheduler.pause();
    }
}
