package dev.principalprep.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class RequestTimersTest {

    /** Counts every meter registration the registry is asked for, new or not. */
    private final MeterRegistry meters = new SimpleMeterRegistry();
    private int registrations;

    {
        meters.config().onMeterAdded(meter -> registrations++);
    }

    @Test
    void aTimerIsRegisteredOnceAndRecordedManyTimes() {
        RequestTimers timers = new RequestTimers(meters);
        Timer first = timers.timer("cost", "/api/v1/estimates/{estimate}", 200);
        for (int i = 0; i < 5; i++) {
            timers.timer("cost", "/api/v1/estimates/{estimate}", 200).record(1, TimeUnit.MILLISECONDS);
        }
        assertSame(first, timers.timer("cost", "/api/v1/estimates/{estimate}", 200));
        assertEquals(5, first.count());
        assertEquals(1, registrations);
    }

    @Test
    void routeTemplateAndStatusEachHaveTheirOwnTimer() {
        RequestTimers timers = new RequestTimers(meters);
        Timer ok = timers.timer("cost", "/api/v1/estimates", 200);
        assertNotSame(ok, timers.timer("cost", "/api/v1/estimates", 201));
        assertNotSame(ok, timers.timer("cost", "/api/v1/catalogs", 200));
        assertNotSame(ok, timers.timer("progress", "/api/v1/estimates", 200));
        Meter.Id id = ok.getId();
        assertEquals(RequestTimers.NAME, id.getName());
        assertEquals("cost", id.getTag("route"));
        assertEquals("/api/v1/estimates", id.getTag("path"));
        assertEquals("200", id.getTag("status"));
        assertEquals(4, meters.getMeters().size());
    }
}
