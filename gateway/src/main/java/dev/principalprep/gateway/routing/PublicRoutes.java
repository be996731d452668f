package dev.principalprep.gateway.routing;

import java.util.List;
import java.util.Set;

/**
 * What anyone may call without a token: reads of the published curriculum, of the price catalogs, and xAPI's about
 * resource (which an LRS client reads before it authenticates). Roles are the services' to check, never the gateway's.
 */
public final class PublicRoutes {

    private static final Set<String> READS = Set.of("GET", "HEAD");
    private static final List<String> PUBLIC_READ_PREFIXES = List.of("/api/v1/modules", "/api/v1/search", "/api/v1/curriculum",
            "/api/v1/catalogs", "/api/v1/estimates/presets", "/api/v1/xapi/about");
    /** The same with their trailing slash, made once: the check runs on every forwarded request. */
    private static final List<String> PUBLIC_READ_PARENTS = PUBLIC_READ_PREFIXES.stream().map(prefix -> prefix + "/")
            .toList();

    private PublicRoutes() {
    }

    public static boolean isPublic(String method, String path) {
        if ("OPTIONS".equals(method)) {
            return true;
        }
        if (!READS.contains(method) || path.endsWith("/draft") || path.contains("/draft/")) {
            return false;
        }
        for (int i = 0; i < PUBLIC_READ_PREFIXES.size(); i++) {
            if (path.startsWith(PUBLIC_READ_PARENTS.get(i)) || path.equals(PUBLIC_READ_PREFIXES.get(i))) {
                return true;
            }
        }
        return false;
    }
}
