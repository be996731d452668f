package dev.principalprep.progress.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;

/** A push round never fails the scheduler, and a run of failures is one warning, not one a second. */
class PushJobsTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Uni<Void> FAILING = Uni.createFrom().failure(new IllegalStateException("Pool closed"));
    private static final Uni<Void> SUCCEEDING = Uni.createFrom().voidItem();

    private final Logger logger = Logger.getLogger(PushJobs.class.getName());
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void capture() {
        logger.addHandler(capture);
    }

    @AfterEach
    void release() {
        logger.removeHandler(capture);
    }

    private List<LogRecord> at(Level level) {
        return records.stream().filter(record -> record.getLevel().equals(level)).toList();
    }

    @Test
    void aRunOfFailuresIsOneWarningWithItsCauseAndTheRecoveryIsSaid() {
        PushJobs jobs = new PushJobs();
        for (int round = 0; round < 3; round++) {
            assertNull(jobs.settled("webhook delivery", FAILING).await().atMost(WAIT));
        }
        assertEquals(1, at(Level.WARNING).size(), "one warning for three failed rounds");
        assertEquals("Pool closed", at(Level.WARNING).get(0).getThrown().getMessage());

        jobs.settled("webhook delivery", SUCCEEDING).await().atMost(WAIT);
        jobs.settled("webhook delivery", SUCCEEDING).await().atMost(WAIT);
        assertEquals(1, at(Level.INFO).size(), "the recovery said once");

        jobs.settled("webhook delivery", FAILING).await().atMost(WAIT);
        assertEquals(2, at(Level.WARNING).size(), "a new run of failures warns again");
    }

    @Test
    void onceTheServiceStopsAFailedRoundWarnsNobody() {
        PushJobs jobs = new PushJobs();
        jobs.stopping(new ShutdownEvent());
        assertNull(jobs.settled("LRS forwarding", FAILING).await().atMost(WAIT));
        assertEquals(List.of(), at(Level.WARNING));
    }
}
