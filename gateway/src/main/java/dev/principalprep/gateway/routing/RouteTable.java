package dev.principalprep.gateway.routing;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.principalprep.gateway.config.GatewayConfig;

/**
 * Finds the service that owns a request path: the longest matching prefix wins, whole segments only; a composed path
 * (answered by the gateway itself from several services) belongs to none.
 */
public final class RouteTable {

    /** A resolved route: its id and the service's base URI. */
    public record Target(String routeId, URI uri) {
    }

    private record Prefix(PathPrefix path, Target target) {
    }

    private final List<Prefix> prefixes;
    private final List<String[]> composed;

    public RouteTable(Map<String, GatewayConfig.Route> routes, List<String> composedPaths) {
        this.composed = composedPaths.stream().map(path -> path.split("/", -1)).toList();
        List<Prefix> all = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        routes.forEach((id, route) -> route.paths().forEach(path -> {
            String normalized = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            String owner = owners.putIfAbsent(normalized, id);
            if (owner != null) {
                throw new IllegalArgumentException("Path " + normalized + " is routed to both " + owner + " and " + id);
            }
            all.add(new Prefix(PathPrefix.of(normalized), new Target(id, route.uri())));
        }));
        all.sort(Comparator.comparingInt((Prefix p) -> p.path().path().length()).reversed());
        this.prefixes = List.copyOf(all);
    }

    public Optional<Target> match(String path) {
        if (isComposed(path)) {
            return Optional.empty();
        }
        for (Prefix prefix : prefixes) {
            if (prefix.path().covers(path)) {
                return Optional.of(prefix.target());
            }
        }
        return Optional.empty();
    }

    private boolean isComposed(String path) {
        String[] segments = path.split("/", -1);
        return composed.stream().anyMatch(pattern -> matches(pattern, segments));
    }

    private static boolean matches(String[] pattern, String[] segments) {
        if (pattern.length != segments.length) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (!pattern[i].equals("*") && !pattern[i].equals(segments[i])) {
                return false;
            }
        }
        return true;
    }
}
