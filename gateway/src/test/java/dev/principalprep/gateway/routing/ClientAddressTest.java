package dev.principalprep.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress behindIngress = new ClientAddress(List.of("10.0.0.0/8", "::1"));

    @Test
    void aPeerThatIsNoTrustedProxyIsTheClientWhateverItClaims() {
        assertEquals("203.0.113.7", behindIngress.resolve("203.0.113.7", List.of("198.51.100.1")));
        assertEquals("203.0.113.7", new ClientAddress(List.of()).resolve("203.0.113.7", List.of("10.1.1.1")));
    }

    @Test
    void behindATrustedProxyTheRightmostAddressNoProxyOfOursVouchesForIsTheClient() {
        assertEquals("198.51.100.1", behindIngress.resolve("10.0.0.5", List.of("198.51.100.1")));
        // The client wrote 1.2.3.4 itself; the ingress appended the address it saw.
        assertEquals("198.51.100.1", behindIngress.resolve("10.0.0.5", List.of("1.2.3.4, 198.51.100.1")));
        assertEquals("198.51.100.1", behindIngress.resolve("10.0.0.5", List.of("1.2.3.4", "198.51.100.1, 10.0.0.9")));
        assertEquals("2001:db8::1", behindIngress.resolve("::1", List.of("2001:db8::1")));
    }

    @Test
    void aTrustedProxyWithoutOrWithAGarbledHeaderIsTheClient() {
        assertEquals("10.0.0.5", behindIngress.resolve("10.0.0.5", List.of()));
        assertEquals("10.0.0.5", behindIngress.resolve("10.0.0.5", List.of("not-an-address")));
    }

    @Test
    void aRangeThatIsNoAddressIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of("ingress.local")));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of("10.0.0.0/33")));
    }
}
