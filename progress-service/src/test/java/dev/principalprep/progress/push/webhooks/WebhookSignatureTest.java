package dev.principalprep.progress.push.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Expected values computed by the standardwebhooks npm library (Webhook.sign), the referee of the signatures. */
class WebhookSignatureTest {

    private static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static final String OTHER_SECRET = "whsec_dGVzdC1zZWNyZXQtMjQtYnl0ZXMhIQ==";
    private static final String OTHER_SIGNATURE = "v1,IGAQ1d3ZA8B7/bPT8IwfePCTkAb3kpwGEZHlevhAFR8=";

    @Test
    void signsAsTheLibraryDoes() {
        assertEquals(SPEC_SIGNATURE, WebhookSignature.header(List.of(SPEC_SECRET), "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330, "{\"test\": 2432232314}"));
        assertEquals(OTHER_SIGNATURE, WebhookSignature.header(List.of(OTHER_SECRET), "msg_2", 1700000000, "{\"a\":\"é\"}"));
    }

    @Test
    void duringARotationEverySecretSignsSpaceSeparated() {
        assertEquals(SPEC_SIGNATURE + " " + WebhookSignature.sign(OTHER_SECRET, "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330, "{\"test\": 2432232314}"), WebhookSignature.header(List.of(SPEC_SECRET, OTHER_SECRET),
                        "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"));
    }

    @Test
    void anyChangeChangesTheSignature() {
        String signed = WebhookSignature.sign(SPEC_SECRET, "msg_1", 1614265330, "{}");
        assertNotEquals(signed, WebhookSignature.sign(SPEC_SECRET, "msg_2", 1614265330, "{}"));
        assertNotEquals(signed, WebhookSignature.sign(SPEC_SECRET, "msg_1", 1614265331, "{}"));
        assertNotEquals(signed, WebhookSignature.sign(SPEC_SECRET, "msg_1", 1614265330, "{ }"));
        assertNotEquals(signed, WebhookSignature.sign(OTHER_SECRET, "msg_1", 1614265330, "{}"));
    }

    @Test
    void secretsAreWhsecAndTwentyFourRandomBytes() {
        String secret = WebhookSignature.newSecret();
        assertTrue(secret.startsWith("whsec_"));
        assertEquals(24, Base64.getDecoder().decode(secret.substring("whsec_".length())).length);
        assertNotEquals(secret, WebhookSignature.newSecret());
    }

    @Test
    void aSecretWithoutItsPrefixIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> WebhookSignature.sign("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_1", 1614265330, "{}"));
    }
}
