package dev.principalprep.progress.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TargetPolicyTest {

    /** A resolver that knows a few names, as a DNS server might answer them. */
    private static InetAddress[] resolve(String host) throws UnknownHostException {
        Map<String, String[]> names = Map.of("hooks.example.com", new String[] { "93.184.216.34" },
                "rebinding.example.com", new String[] { "93.184.216.34", "127.0.0.1" },
                "internal.example.com", new String[] { "10.0.0.7" },
                "v6.example.com", new String[] { "2606:2800:220:1:248:1893:25c8:1946" });
        String[] addresses = names.get(host);
        if (addresses == null) {
            // Literal addresses need no DNS; any other name is unknown here.
            if (host.startsWith("[") || Character.isDigit(host.charAt(0))) {
                return InetAddress.getAllByName(host);
            }
            throw new UnknownHostException(host);
        }
        InetAddress[] all = new InetAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            all[i] = InetAddress.getByName(addresses[i]);
        }
        return all;
    }

    private static final TargetPolicy STRICT = new TargetPolicy(false, TargetPolicyTest::resolve);
    private static final TargetPolicy LOCAL = new TargetPolicy(true, TargetPolicyTest::resolve);

    private static String refusal(TargetPolicy policy, String url) {
        return assertThrows(TargetPolicy.RefusedTarget.class, () -> policy.check(url)).getMessage();
    }

    @Test
    void publicHttpsTargetsAreAllowed() {
        assertEquals(URI.create("https://hooks.example.com/in"), STRICT.check("https://hooks.example.com/in"));
        assertEquals(URI.create("HTTPS://v6.example.com:8443/in"), STRICT.check("HTTPS://v6.example.com:8443/in"));
    }

    @Test
    void onlyHttpsOutsideLocalRuns() {
        assertEquals("must be an https URL", refusal(STRICT, "http://hooks.example.com/in"));
        assertEquals("must be an https URL", refusal(LOCAL, "ftp://hooks.example.com/in"));
        assertEquals(URI.create("http://127.0.0.1:8080/in"), LOCAL.check("http://127.0.0.1:8080/in"));
        assertEquals(URI.create("http://hooks.example.com/in"), LOCAL.check("http://hooks.example.com/in"));
    }

    @Test
    void everyResolvedAddressMustBePublic() {
        assertEquals("host 127.0.0.1 resolves to a loopback address 127.0.0.1", refusal(STRICT, "https://127.0.0.1/in"));
        assertEquals("host rebinding.example.com resolves to a loopback address 127.0.0.1",
                refusal(STRICT, "https://rebinding.example.com/in"));
        assertEquals("host [::1] resolves to a loopback address 0:0:0:0:0:0:0:1", refusal(STRICT, "https://[::1]/in"));
        assertEquals("host internal.example.com resolves to a private address 10.0.0.7",
                refusal(STRICT, "https://internal.example.com/in"));
        for (String privateAddress : new String[] { "172.16.0.1", "172.31.255.255", "192.168.1.1", "100.64.0.1",
                "100.127.255.255", "0.0.0.1", "[fc00::1]", "[fdff::1]" }) {
            assertEquals("a private", between(refusal(LOCAL, "https://" + privateAddress + "/in")), privateAddress);
        }
        assertEquals("a link-local", between(refusal(LOCAL, "https://169.254.169.254/latest")));
        assertEquals("a link-local", between(refusal(LOCAL, "https://[fe80::1]/in")));
        assertEquals("a multicast", between(refusal(LOCAL, "https://224.0.0.1/in")));
        assertEquals("a multicast", between(refusal(LOCAL, "https://[ff02::1]/in")));
        assertEquals("an unspecified", between(refusal(LOCAL, "https://0.0.0.0/in")));
        assertEquals("an unspecified", between(refusal(LOCAL, "https://[::]/in")));
    }

    @Test
    void neighboursOfPrivateRangesArePublic() {
        for (String address : new String[] { "172.15.255.255", "172.32.0.1", "100.63.255.255", "100.128.0.1",
                "11.0.0.1", "1.0.0.1", "[fbff::1]", "[fe00::1]" }) {
            assertEquals(URI.create("https://" + address + "/in"), STRICT.check("https://" + address + "/in"), address);
        }
    }

    @Test
    void malformedTargetsAreRefused() {
        assertEquals("must be given", refusal(STRICT, null));
        assertEquals("must be given", refusal(STRICT, " "));
        assertEquals("is not a URL", refusal(STRICT, "https://exa mple.com/"));
        assertEquals("must be an absolute URL with a host", refusal(STRICT, "/relative"));
        assertEquals("must be an absolute URL with a host", refusal(STRICT, "mailto:hr@example.com"));
        assertEquals("must not carry credentials in the URL", refusal(STRICT, "https://user:pw@hooks.example.com/"));
        assertEquals("host nowhere.invalid does not resolve", refusal(STRICT, "https://nowhere.invalid/in"));
    }

    /** "a private" from "host x resolves to a private address y". */
    private static String between(String message) {
        return message.substring(message.indexOf("resolves to ") + "resolves to ".length(), message.indexOf(" address"));
    }
}
