package dev.principalprep.gateway.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The path templates of the public contract ({@code /api/v1/learners/{learner}/stories/{id}}) with the methods
 * each answers: what a request path is labelled with in metrics (never its raw ids), and what {@code Allow} says.
 */
public final class RouteTemplates {

    /** A template, its segments, and the methods the contract lists for it (HEAD with GET, OPTIONS always). */
    public record Template(String path, List<String> segments, Set<String> methods) {

        int literalSegments() {
            return (int) segments.stream().filter(s -> !s.startsWith("{")).count();
        }

        boolean matches(String[] parts) {
            if (parts.length != segments.size()) {
                return false;
            }
            for (int i = 0; i < parts.length; i++) {
                String segment = segments.get(i);
                if (segment.startsWith("{") ? parts[i].isEmpty() : !segment.equals(parts[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The one label of every path the contract does not know. */
    public static final String UNMATCHED = "unmatched";

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private final List<Template> templates;

    private RouteTemplates(List<Template> templates) {
        this.templates = templates;
    }

    /** From an OpenAPI document's {@code paths}. */
    public static RouteTemplates of(JsonNode contract) {
        List<Template> templates = new ArrayList<>();
        JsonNode paths = contract == null ? null : contract.path("paths");
        if (paths != null) {
            Iterator<String> names = paths.fieldNames();
            while (names.hasNext()) {
                String path = names.next();
                Set<String> methods = new TreeSet<>();
                paths.path(path).fieldNames().forEachRemaining(name -> {
                    if (METHODS.contains(name)) {
                        methods.add(name.toUpperCase(Locale.ROOT));
                    }
                });
                if (methods.contains("GET")) {
                    methods.add("HEAD");
                }
                methods.add("OPTIONS");
                templates.add(new Template(path, List.of(path.substring(1).split("/", -1)), Set.copyOf(methods)));
            }
        }
        // The most literal template wins: /api/v1/estimates/presets before /api/v1/estimates/{id}.
        templates.sort(Comparator.comparingInt(Template::literalSegments).reversed());
        return new RouteTemplates(List.copyOf(templates));
    }

    public Optional<Template> match(String path) {
        String[] parts = path.substring(1).split("/", -1);
        return templates.stream().filter(t -> t.matches(parts)).findFirst();
    }

}
