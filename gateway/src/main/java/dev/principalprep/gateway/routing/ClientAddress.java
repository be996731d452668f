package dev.principalprep.gateway.routing;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The address a request came from, as far as it can be trusted: the peer's, unless the peer is a configured proxy,
 * in which case {@code X-Forwarded-For} is read from the right, skipping the configured proxies, and the first
 * address no proxy of ours vouches for is the client. Addresses a client wrote itself (further left) are never used.
 */
public final class ClientAddress {

    private record Range(BigInteger first, BigInteger last, int length) {

        boolean contains(byte[] address) {
            if (address.length != length) {
                return false;
            }
            BigInteger value = new BigInteger(1, address);
            return value.compareTo(first) >= 0 && value.compareTo(last) <= 0;
        }
    }

    /** Compiled once: every anonymous request's peer address is checked. */
    private static final Pattern IPV4 = Pattern.compile("[0-9.]+");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]+");

    private final List<Range> trusted;

    /** {@code trustedProxies}: addresses or CIDR ranges ({@code 10.0.0.0/8}, {@code 127.0.0.1}, {@code ::1}). */
    public ClientAddress(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).map(ClientAddress::range)
                .toList();
    }

    public String resolve(String peer, List<String> forwardedFor) {
        if (peer == null) {
            return "unknown";
        }
        if (!isTrusted(peer)) {
            return peer;
        }
        String client = peer;
        for (int i = forwardedFor.size() - 1; i >= 0; i--) {
            String[] hops = forwardedFor.get(i).split(",");
            for (int j = hops.length - 1; j >= 0; j--) {
                String hop = hops[j].strip();
                if (!isLiteralAddress(hop)) {
                    return client;
                }
                client = hop;
                if (!isTrusted(hop)) {
                    return hop;
                }
            }
        }
        return client;
    }

    /** Whether {@code address} is one of the configured proxies, whose forwarded headers are believed. */
    public boolean isTrusted(String address) {
        if (trusted.isEmpty()) {
            // No proxy is trusted (the default): nothing to parse, and this runs for every forwarded request.
            return false;
        }
        byte[] bytes = literal(address);
        return bytes != null && trusted.stream().anyMatch(range -> range.contains(bytes));
    }

    private static boolean isLiteralAddress(String text) {
        return literal(text) != null;
    }

    /** The bytes of an IPv4 or IPv6 literal, never a host name looked up. */
    private static byte[] literal(String text) {
        String address = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (address.isEmpty()
                || !(IPV4.matcher(address).matches() || IPV6.matcher(address).matches() && address.contains(":"))) {
            return null;
        }
        try {
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static Range range(String spec) {
        String[] parts = spec.split("/", 2);
        byte[] base = literal(parts[0]);
        if (base == null) {
            throw new IllegalArgumentException("Not an address or CIDR range: " + spec);
        }
        int bits = base.length * 8;
        int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bits;
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("Not an address or CIDR range: " + spec);
        }
        BigInteger hostMask = BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
        BigInteger first = new BigInteger(1, base).andNot(hostMask);
        return new Range(first, first.or(hostMask), base.length);
    }
}
