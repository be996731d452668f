package dev.principalprep.progress.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PushClientTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static PushClient client(boolean allowLoopback) {
        return new PushClient(new TargetPolicy(allowLoopback, InetAddress::getAllByName), Duration.ofSeconds(2));
    }

    @Test
    void sendsTheBodyAndHeadersAndTellsA2xxFromTheRest() {
        try (LocalReceiver receiver = new LocalReceiver(request -> request.body().contains("ok") ? 202 : 409)) {
            PushClient.Outcome accepted = client(true).post(receiver.url("/in"), Map.of("webhook-id", "msg_1"), "{\"ok\":1}")
                    .await().atMost(WAIT);
            assertEquals(new PushClient.Outcome(202, null), accepted);
            assertTrue(accepted.delivered());
            assertEquals("msg_1", receiver.received().get(0).headers().get("webhook-id"));
            assertEquals("application/json", receiver.received().get(0).headers().get("content-type"));
            assertEquals("{\"ok\":1}", receiver.received().get(0).body());

            PushClient.Outcome refused = client(true).post(receiver.url("/in"), Map.of(), "{}").await().atMost(WAIT);
            assertEquals(new PushClient.Outcome(409, "answered 409"), refused);
            assertFalse(refused.delivered());
        }
    }

    @Test
    void aRedirectIsAnAnswerNotFollowed() {
        try (LocalReceiver receiver = new LocalReceiver(request -> request.headers().get(":path").equals("/in") ? 307 : 200)) {
            assertEquals(307, client(true).post(receiver.url("/in"), Map.of(), "{}").await().atMost(WAIT).status());
            assertEquals(1, receiver.received().size());
        }
    }

    @Test
    void aRefusedTargetIsNeverCalled() {
        try (LocalReceiver receiver = new LocalReceiver(request -> 200)) {
            PushClient.Outcome outcome = client(false).post(receiver.url("/in"), Map.of(), "{}").await().atMost(WAIT);
            assertEquals(0, outcome.status());
            assertEquals("target refused: URL must be an https URL", outcome.error());
            assertFalse(outcome.delivered());
            assertEquals(0, receiver.received().size());
        }
    }

    @Test
    void noAnswerIsAFailureWithItsReason() {
        int closedPort;
        try (LocalReceiver gone = new LocalReceiver(request -> 200)) {
            closedPort = Integer.parseInt(gone.url("").substring("http://127.0.0.1:".length()));
        }
        PushClient.Outcome outcome = client(true).post("http://127.0.0.1:" + closedPort + "/in", Map.of(), "{}").await()
                .atMost(WAIT);
        assertEquals(0, outcome.status());
        assertTrue(outcome.error().startsWith("connection refused"), outcome.error());
        assertFalse(new PushClient.Outcome(199, null).delivered());
        assertFalse(new PushClient.Outcome(300, null).delivered());
        assertTrue(new PushClient.Outcome(200, null).delivered());
        assertTrue(new PushClient.Outcome(299, null).delivered());
        assertNull(new PushClient.Outcome(204, null).error());
    }
}
