package dev.principalprep.gateway.routing;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What anyone may call without a token: reads of the published curriculum, of the price catalogs, and xAPI's about
 * resource (which an LRS client reads before it authenticates). Roles are the services' to check, never the gateway's.
 */
public final class PublicRoutes {

    private static final Set<String> READS = Set.of("GET", "HEAD");
    private static final List<PathPrefix> PUBLIC_READS = Stream.of("/api/v1/modules", "/api/v1/search",
            "/api/v1/curriculum", "/api/v1/catalogs", "/api/v1/estimates/presets", "/api/v1/xapi/about")
            .map(PathPrefix::of).toList();

    private PublicRoutes() {
    }

    public static boolean isPublic(String method, String path) {
        if ("OPTIONS".equals(method)) {
            return true;
        }
        if (!READS.contains(method) || path.endsWith("/draft") || path.contains("/draft/")) {
            return false;
        }
        for (PathPrefix prefix : PUBLIC_READS) {
            if (prefix.covers(path)) {
                return true;
            }
        }
        return false;
    }
}
