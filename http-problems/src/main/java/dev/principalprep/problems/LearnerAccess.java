package dev.principalprep.problems;

import java.util.Set;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;

/**
 * Whose data a caller may export or erase, in every service that holds learner data: their own ({@code me} or their
 * id) with the learner role; another learner's only as an ld-admin. The result names the learner and who acts
 * ({@code self}, or the ld-admin's id, so that a learner's id is never kept as the actor of their own erasure).
 */
public final class LearnerAccess {

    public static final String LEARNER = "learner";
    public static final String LD_ADMIN = "ld-admin";
    /** The path segment that stands for the caller. */
    public static final String ME = "me";
    /** Who acts when the learner reaches their own data. */
    public static final String SELF = "self";
    private static final int MAX_ID = 128;

    /** The learner whose data is reached, and who reaches it. */
    public record Target(String learner, String actor) {

        /** The learner's segment in the paths this caller uses: {@code me} for their own data. */
        public String pathSegment() {
            return SELF.equals(actor) ? ME : learner;
        }
    }

    private LearnerAccess() {
    }

    public static Target resolve(String learner, String subject, Set<String> roles) {
        if (learner.isBlank() || learner.length() > MAX_ID) {
            throw new BadRequestException("A learner id is 1 to " + MAX_ID + " characters");
        }
        if (ME.equals(learner) || learner.equals(subject)) {
            if (!roles.contains(LEARNER)) {
                throw new ForbiddenException("Only a learner holds data of their own; an ld-admin names the learner");
            }
            return new Target(subject, SELF);
        }
        if (!roles.contains(LD_ADMIN)) {
            throw new ForbiddenException("Only your own data: use /api/v1/learners/me");
        }
        return new Target(learner, subject);
    }
}
