package dev.principalprep.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;

import org.junit.jupiter.api.Test;

class LearnerAccessTest {

    @Test
    void aLearnerReachesTheirOwnDataByMeOrByTheirIdAndActsAsSelf() {
        assertEquals(new LearnerAccess.Target("l-1", "self"), LearnerAccess.resolve("me", "l-1", Set.of("learner")));
        assertEquals(new LearnerAccess.Target("l-1", "self"), LearnerAccess.resolve("l-1", "l-1", Set.of("learner")));
    }

    @Test
    void anLdAdminReachesAnotherLearnerAndIsNamedAsTheActor() {
        assertEquals(new LearnerAccess.Target("l-2", "admin-1"),
                LearnerAccess.resolve("l-2", "admin-1", Set.of("ld-admin")));
    }

    @Test
    void anyoneElseIsRefused() {
        assertThrows(ForbiddenException.class, () -> LearnerAccess.resolve("l-2", "l-1", Set.of("learner")));
        assertThrows(ForbiddenException.class, () -> LearnerAccess.resolve("me", "admin-1", Set.of("ld-admin")));
        assertThrows(ForbiddenException.class, () -> LearnerAccess.resolve("l-2", "hr", Set.of("integration")));
        assertThrows(ForbiddenException.class, () -> LearnerAccess.resolve("me", "hr", Set.of("integration")));
    }

    @Test
    void theCallersPathSegmentIsMeForTheirOwnDataAndTheLearnersIdForAnAdmin() {
        assertEquals("me", LearnerAccess.resolve("l-1", "l-1", Set.of("learner")).pathSegment());
        assertEquals("l-2", LearnerAccess.resolve("l-2", "admin-1", Set.of("ld-admin")).pathSegment());
    }

    @Test
    void aLearnerIdIsOneTo128Characters() {
        assertEquals("l".repeat(128),
                LearnerAccess.resolve("l".repeat(128), "admin-1", Set.of("ld-admin")).learner());
        assertThrows(BadRequestException.class,
                () -> LearnerAccess.resolve("l".repeat(129), "admin-1", Set.of("ld-admin")));
        assertThrows(BadRequestException.class, () -> LearnerAccess.resolve(" ", "admin-1", Set.of("ld-admin")));
    }
}
