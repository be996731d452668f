package dev.principalprep.progress.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ErasureStatusTest {

    private static final UUID ID = UUID.randomUUID();
    private static final OffsetDateTime ASKED = OffsetDateTime.parse("2026-11-28T07:00:00Z");
    private static final OffsetDateTime HERE = OffsetDateTime.parse("2026-11-28T07:00:00Z");
    private static final OffsetDateTime COST = OffsetDateTime.parse("2026-11-28T07:00:02Z");

    @Test
    void pendingWhileAnyServiceHasNotErasedWithTheServicesInNameOrder() {
        ErasureStatus status = ErasureStatus.of(ID, ASKED, "self",
                List.of(new ErasureStatus.Row("progress-service", HERE), new ErasureStatus.Row("cost-service", null)));
        assertEquals(ErasureStatus.State.PENDING, status.status());
        assertNull(status.completedAt());
        assertEquals(List.of(new ErasureStatus.Part("cost-service", ErasureStatus.State.PENDING, null),
                new ErasureStatus.Part("progress-service", ErasureStatus.State.COMPLETED, HERE)), status.services());
        assertEquals("self", status.requestedBy());
        assertEquals(ASKED, status.requestedAt());
        assertEquals(ID, status.erasureId());
    }

    @Test
    void completedWhenTheLastServiceHasErased() {
        ErasureStatus status = ErasureStatus.of(ID, ASKED, "admin-1",
                List.of(new ErasureStatus.Row("cost-service", COST), new ErasureStatus.Row("progress-service", HERE)));
        assertEquals(ErasureStatus.State.COMPLETED, status.status());
        assertEquals(COST, status.completedAt());
    }
}
