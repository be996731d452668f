package dev.principalprep.delivery.postgres;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.principalprep.delivery.outbox.OutboxRelay;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;

/**
 * Publish at commit: {@code outbox_event}'s trigger calls {@code pg_notify('outbox_event')}, which PostgreSQL delivers
 * only when the writing transaction commits (and never for one rolled back). Every replica listens; whichever claims
 * the rows first sends them. While the listening connection is down the relay's poll carries on alone.
 */
@ApplicationScoped
public class CommitListener {

    static final String CHANNEL = "outbox_event";
    private static final Logger LOG = Logger.getLogger(CommitListener.class);

    private final PgSubscriber subscriber;

    public CommitListener(Vertx vertx, OutboxRelay relay,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        PgConnectOptions options = PgConnectOptions.fromUri(url.split(",")[0].replaceFirst("^vertx-reactive:", ""))
                .setUser(user);
        password.ifPresent(options::setPassword);
        this.subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 500L);
        subscriber.channel(CHANNEL).handler(ignored -> relay.wake());
    }

    void start(@Observes StartupEvent ignored) {
        subscriber.connect().onFailure().invoke(failure -> LOG.debugf("outbox listener not connected: %s", failure))
                .onFailure().retry().withBackOff(Duration.ofMillis(500), Duration.ofSeconds(5)).indefinitely()
                .subscribe().with(connected -> LOG.debug("listening for outbox commits"), failure -> {
                });
    }

    void stop(@Observes ShutdownEvent ignored) {
        subscriber.close().subscribe().with(closed -> {
        }, failure -> {
        });
    }
}
