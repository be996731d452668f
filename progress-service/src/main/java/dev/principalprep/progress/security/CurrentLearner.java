package dev.principalprep.progress.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ForbiddenException;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** Resolves the {learner} of a learner path: {@code me} or the caller's own id; anyone else's is refused. */
@ApplicationScoped
public class CurrentLearner {

    public static final String ME = "me";

    private final JsonWebToken jwt;

    public CurrentLearner(JsonWebToken jwt) {
        this.jwt = jwt;
    }

    public String resolve(String learner) {
        if (!ME.equals(learner) && !learner.equals(jwt.getSubject())) {
            throw new ForbiddenException("Only your own data: use /api/v1/learners/me");
        }
        return jwt.getSubject();
    }
}
