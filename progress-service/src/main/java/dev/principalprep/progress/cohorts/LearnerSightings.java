package dev.principalprep.progress.cohorts;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * Records who is a learner: a write to a learner's data made with a learner token puts its subject, with the token's
 * cohort groups, in the {@link LearnerDirectory}. Other roles never reach learner writes (the resources allow only
 * learners), so they are never counted.
 */
@ApplicationScoped
public class LearnerSightings {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final CurrentIdentityAssociation identities;
    private final LearnerDirectory directory;

    public LearnerSightings(CurrentIdentityAssociation identities, LearnerDirectory directory) {
        this.identities = identities;
        this.directory = directory;
    }

    @ServerRequestFilter
    public Uni<Void> seen(ContainerRequestContext request) {
        if (!WRITES.contains(request.getMethod())
                || !request.getUriInfo().getPath().replaceFirst("^/", "").startsWith("api/v1/learners/")) {
            return Uni.createFrom().voidItem();
        }
        // An unreadable token is answered by the security checks that follow, not here.
        return identities.getDeferredIdentity().onFailure().recoverWithNull().chain(identity -> identity == null
                || identity.isAnonymous() || !identity.hasRole("learner") ? Uni.createFrom().voidItem()
                        : directory.seen(subject(identity), CohortGroups.of(identity.getRoles())));
    }

    private static String subject(io.quarkus.security.identity.SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getSubject() : identity.getPrincipal().getName();
    }
}
