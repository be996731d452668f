package dev.principalprep.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.principalprep.localstack.testing.MovableClock;

class CircuitBreakerTest {

    @Test
    void opensAfterTheThresholdAndRecoversAfterItsTime() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-26T12:00:00Z"));
        CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), clock);
        breaker.failure();
        breaker.failure();
        assertTrue(breaker.allows());
        breaker.failure();
        assertFalse(breaker.allows());
        assertEquals(10, breaker.retryAfterSeconds());
        clock.now = clock.now.plusSeconds(10);
        assertTrue(breaker.allows());
        breaker.success();
        breaker.failure();
        assertTrue(breaker.allows(), "a success resets the count");
    }
}
