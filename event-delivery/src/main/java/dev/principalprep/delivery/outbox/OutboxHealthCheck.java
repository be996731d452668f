package dev.principalprep.delivery.outbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The outbox in readiness details. Always up: writes go on while Kafka is away (the outbox keeps their events), so a
 * broker outage shows here as a growing backlog and the send failure, never as a service that cannot answer.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final OutboxRelay relay;

    public OutboxHealthCheck(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        Backlog backlog = relay.backlog();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox").up()
                .withData("pending", backlog.pending())
                .withData("oldestPendingSeconds", backlog.oldestAge().toSeconds());
        if (relay.lastFailure() != null) {
            response.withData("lastSendFailure", relay.lastFailure());
        }
        return response.build();
    }
}
