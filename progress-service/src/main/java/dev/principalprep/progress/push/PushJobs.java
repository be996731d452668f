package dev.principalprep.progress.push;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;

/**
 * What the scheduled push jobs (webhook deliveries, LRS forwarding) share: a round that fails ends here, logged once
 * per run of failures.
 * <p>
 * A round reads the database. Left to fail, it would reach the scheduler, which logs every failed run as an error:
 * once a second while the database is down, and once when the pool closes under a round already running at shutdown
 * (the jobs' {@code skipExecutionIf} only spares the rounds not yet begun). Nothing is lost either way: a delivery or a
 * batch whose round failed stays due and is taken by a later round, after the next start if need be.
 */
@ApplicationScoped
public class PushJobs {

    private static final Logger LOG = Logger.getLogger(PushJobs.class);

    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    void stopping(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /**
     * The round, ending without a failure. The first failure of a run is a warning with its cause, the next ones debug
     * lines until a round succeeds again; once the service stops, a failure is expected and only a debug line.
     */
    public Uni<Void> settled(String job, Uni<Void> round) {
        return round.invoke(() -> {
            if (failing.remove(job)) {
                LOG.infof("%s rounds succeed again", job);
            }
        }).onFailure().recoverWithItem(failure -> {
            if (stopping) {
                LOG.debugf(failure, "%s round cut short by the stop", job);
            } else if (failing.add(job)) {
                LOG.warnf(failure, "%s round failed; retried every round, logged again once one succeeds", job);
            } else {
                LOG.debugf(failure, "%s round failed again", job);
            }
            return null;
        });
    }
}
