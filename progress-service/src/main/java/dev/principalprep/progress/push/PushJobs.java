package dev.principalprep.progress.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduler;
import io.smallrye.mutiny.Uni;

/**
 * What the scheduled push jobs (webhook deliveries, LRS forwarding) share: a round that fails ends quietly, and the
 * jobs pause as soon as the service begins to stop.
 * <p>
 * A round reads the database. Left to fail, it would reach the scheduler, which logs every failed run as an error:
 * once a second while the database is down, and once when the pool closes under a round already running at shutdown.
 * Nothing is lost either way: a delivery or a batch whose round failed stays due and is taken by a later round, after
 * the next start if need be.
 */
@ApplicationScoped
public class PushJobs {

    private static final Logger LOG = Logger.getLogger(PushJobs.class);

    private volatile boolean stopping;

    void pause(@Observes ShutdownEvent event, Scheduler scheduler) {
        stopping = true;
        scheduler.pause();
    }

    /** The round, ending without a failure: one it met is a warning while the service runs, expected once it stops. */
    public Uni<Void> settled(String job, Uni<Void> round) {
        return round.onFailure().recoverWithItem(failure -> {
            if (stopping) {
                LOG.debugf("%s round cut short by the stop: %s", job, failure.getMessage());
            } else {
                LOG.warnf("%s round failed, retried at the next one: %s", job, failure.getMessage());
            }
            return null;
        });
    }
}
