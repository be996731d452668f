package dev.principalprep.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.principalprep.localstack.testing.MovableClock;

class RateLimiterTest {

    @Test
    void allowsTheLimitPerWindowPerKey() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-26T12:00:00Z"));
        RateLimiter limiter = new RateLimiter(2, Duration.ofSeconds(60), clock);
        assertEquals(1, limiter.acquire("a").remaining());
        assertTrue(limiter.acquire("a").allowed());
        RateLimiter.Decision third = limiter.acquire("a");
        assertFalse(third.allowed());
        assertEquals(60, third.resetSeconds());
        assertTrue(limiter.acquire("b").allowed(), "another client has its own window");
        clock.now = clock.now.plusSeconds(60);
        assertTrue(limiter.acquire("a").allowed(), "a new window");
    }
}
