package dev.principalprep.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void allowsTheLimitPerWindowPerKey() {
        Instant[] now = { Instant.parse("2026-11-26T12:00:00Z") };
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        RateLimiter limiter = new RateLimiter(2, Duration.ofSeconds(60), clock);
        assertEquals(1, limiter.acquire("a").remaining());
        assertTrue(limiter.acquire("a").allowed());
        RateLimiter.Decision third = limiter.acquire("a");
        assertFalse(third.allowed());
        assertEquals(60, third.resetSeconds());
        assertTrue(limiter.acquire("b").allowed(), "another client has its own window");
        now[0] = now[0].plusSeconds(60);
        assertTrue(limiter.acquire("a").allowed(), "a new window");
    }
}
