package dev.principalprep.progress.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(
            List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofHours(10)));

    @Test
    void theNthFailureWaitsTheNthDelayAndTheScheduleEnds() {
        assertEquals(Optional.of(Duration.ofSeconds(5)), schedule.next(1));
        assertEquals(Optional.of(Duration.ofMinutes(5)), schedule.next(2));
        assertEquals(Optional.of(Duration.ofHours(10)), schedule.next(3));
        assertEquals(Optional.empty(), schedule.next(4));
        assertEquals(4, schedule.attempts());
    }

    @Test
    void forwardingKeepsWaitingTheLastDelay() {
        assertEquals(Duration.ofSeconds(5), schedule.nextOrLast(1));
        assertEquals(Duration.ofHours(10), schedule.nextOrLast(3));
        assertEquals(Duration.ofHours(10), schedule.nextOrLast(40));
    }

    @Test
    void aRetryFollowsAFailureAndAScheduleHasADelay() {
        assertThrows(IllegalArgumentException.class, () -> schedule.next(0));
        assertThrows(IllegalArgumentException.class, () -> schedule.nextOrLast(0));
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(List.of()));
    }

    @Test
    void theDefaultScheduleSpansOverADay() {
        RetrySchedule standard = new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofMinutes(5),
                Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10),
                Duration.ofHours(10)));
        Duration total = Duration.ZERO;
        for (int failures = 1; standard.next(failures).isPresent(); failures++) {
            total = total.plus(standard.next(failures).get());
        }
        assertEquals(Duration.ofSeconds(5).plusMinutes(35).plusHours(27), total);
        assertEquals(8, standard.attempts());
    }

    @Test
    void disablingNeedsEnoughFailuresOverEnoughTime() {
        DisableRule rule = new DisableRule(3, Duration.ofHours(1));
        java.time.Instant since = java.time.Instant.parse("2026-11-27T09:00:00Z");
        assertEquals(false, rule.disables(2, since, since.plus(Duration.ofDays(1))));
        assertEquals(false, rule.disables(3, since, since.plus(Duration.ofMinutes(59))));
        assertEquals(true, rule.disables(3, since, since.plus(Duration.ofHours(1))));
        assertEquals(true, rule.disables(4, since, since.plus(Duration.ofHours(2))));
    }
}
