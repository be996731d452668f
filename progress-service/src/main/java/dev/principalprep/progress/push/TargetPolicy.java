package dev.principalprep.progress.push;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which URLs the platform pushes to (webhooks, LRS endpoints), against server-side request forgery: https only, and
 * a host that resolves to public addresses only, neither loopback, private (RFC 1918, carrier-grade NAT, IPv6 unique
 * local), link-local (where cloud metadata answers), multicast nor unspecified. Checked when a URL is registered and
 * again before each delivery, since DNS can change in between. {@code allowLoopback} (local runs and tests only) also
 * admits http and loopback addresses, so a receiver on 127.0.0.1 can be used.
 */
public final class TargetPolicy {

    /** Resolves a host name to its addresses (the JDK's resolver in production). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A URL the platform will not push to, with the reason. */
    public static final class RefusedTarget extends RuntimeException {
        public RefusedTarget(String reason) {
            super(reason);
        }
    }

    private final boolean allowLoopback;
    private final Resolver resolver;

    public TargetPolicy(boolean allowLoopback, Resolver resolver) {
        this.allowLoopback = allowLoopback;
        this.resolver = resolver;
    }

    /** The URL when it may be pushed to; a {@link RefusedTarget} saying why when not. Resolves the host (blocking). */
    public URI check(String url) {
        URI uri = parse(url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowLoopback && scheme.equals("http"))) {
            throw new RefusedTarget("must be an https URL");
        }
        if (uri.getUserInfo() != null) {
            throw new RefusedTarget("must not carry credentials in the URL");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(uri.getHost());
        } catch (UnknownHostException e) {
            throw new RefusedTarget("host " + uri.getHost() + " does not resolve");
        }
        for (InetAddress address : addresses) {
            String refused = refusal(address);
            if (refused != null) {
                throw new RefusedTarget("host " + uri.getHost() + " resolves to " + refused + " address "
                        + address.getHostAddress());
            }
        }
        return uri;
    }

    private String refusal(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return allowLoopback ? null : "a loopback";
        }
        if (address.isAnyLocalAddress()) {
            return "an unspecified";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local";
        }
        if (address.isMulticastAddress()) {
            return "a multicast";
        }
        if (address.isSiteLocalAddress() || sharedOrUniqueLocal(address.getAddress())) {
            return "a private";
        }
        return null;
    }

    /** 100.64.0.0/10 (carrier-grade NAT), 0.0.0.0/8, and IPv6 unique local fc00::/7. */
    private static boolean sharedOrUniqueLocal(byte[] bytes) {
        if (bytes.length == 16) {
            return (bytes[0] & 0xfe) == 0xfc;
        }
        return bytes[0] == 0 || (bytes[0] == 100 && (bytes[1] & 0xc0) == 64);
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new RefusedTarget("must be given");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new RefusedTarget("is not a URL");
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new RefusedTarget("must be an absolute URL with a host");
        }
        return uri;
    }
}
