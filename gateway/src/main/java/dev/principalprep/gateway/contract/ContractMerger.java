package dev.principalprep.gateway.contract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.principalprep.gateway.routing.RouteTable;

/**
 * Merges the services' OpenAPI documents into one public contract: only the paths each service owns in the routing
 * table, its tags, one copy of each shared schema (a schema that differs under the same name is renamed after its
 * service, and that service's references with it), the bearer scheme, the gateway as the only server, and what the
 * gateway itself answers on the routes it proxies ({@link GatewayAnswers}).
 */
public final class ContractMerger {

    /** The route id of the gateway's own document, whose operations the gateway answers itself. */
    static final String GATEWAY = "gateway";
    static final String SCHEMA_REF = "#/components/schemas/";

    private final ObjectMapper json;
    private final RouteTable routes;
    private final GatewayAnswers answers;

    public ContractMerger(ObjectMapper json, RouteTable routes) {
        this.json = json;
        this.routes = routes;
        this.answers = new GatewayAnswers(json);
    }

    /** One service's document, with whether it is the live one or a last good copy. */
    public record Part(String routeId, JsonNode document, boolean stale, String fetchedAt) {
    }

    public ObjectNode merge(String title, String version, List<Part> parts) {
        ObjectNode merged = json.createObjectNode();
        merged.put("openapi", "3.1.0");
        ObjectNode info = merged.putObject("info");
        info.put("title", title).put("version", version);
        merged.putArray("servers").addObject().put("url", "/").put("description", "this gateway");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode schemas = json.createObjectNode();
        Set<String> tags = new LinkedHashSet<>();
        Set<String> proxied = new HashSet<>();
        List<String> stale = new ArrayList<>();
        for (Part part : parts) {
            if (part.document() == null) {
                stale.add(part.routeId() + " (no copy)");
                continue;
            }
            if (part.stale()) {
                stale.add(part.routeId() + " (copy of " + part.fetchedAt() + ")");
            }
            JsonNode document = renameClashingSchemas(part, schemas);
            document.path("paths").fields().forEachRemaining(path -> {
                if (owns(part.routeId(), path.getKey()) && !paths.has(path.getKey())) {
                    paths.set(path.getKey(), path.getValue());
                    if (!part.routeId().equals(GATEWAY)) {
                        proxied.add(path.getKey());
                    }
                    path.getValue().forEach(operation -> operation.path("tags").forEach(tag -> tags.add(tag.asText())));
                }
            });
            document.path("components").path("schemas").fields()
                    .forEachRemaining(schema -> schemas.set(schema.getKey(), schema.getValue()));
        }
        info.put("description", description(stale));
        if (!stale.isEmpty()) {
            ArrayNode list = info.putArray("x-stale-parts");
            stale.forEach(list::add);
        }
        ArrayNode tagList = merged.putArray("tags");
        tags.forEach(tag -> tagList.addObject().put("name", tag));
        ObjectNode components = merged.putObject("components");
        components.set("schemas", schemas);
        components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer")
                .put("bearerFormat", "JWT").put("description", "A token from POST /api/v1/dev/tokens (local runs)");
        answers.addTo(merged, proxied);
        return merged;
    }

    private boolean owns(String routeId, String path) {
        return routes.match(path).map(target -> target.routeId().equals(routeId)).orElse(routeId.equals(GATEWAY));
    }

    /** Renames this part's schemas that clash with a different schema already merged, rewriting its references. */
    private JsonNode renameClashingSchemas(Part part, ObjectNode merged) {
        String text = part.document().toString();
        Iterator<Map.Entry<String, JsonNode>> own = part.document().path("components").path("schemas").fields();
        while (own.hasNext()) {
            Map.Entry<String, JsonNode> schema = own.next();
            JsonNode existing = merged.get(schema.getKey());
            if (existing != null && !existing.equals(schema.getValue())) {
                String renamed = prefix(part.routeId()) + schema.getKey();
                text = text.replace("\"" + SCHEMA_REF + schema.getKey() + "\"", "\"" + SCHEMA_REF + renamed + "\"");
                ObjectNode document = (ObjectNode) read(text);
                ObjectNode schemas = (ObjectNode) document.path("components").path("schemas");
                schemas.set(renamed, schemas.remove(schema.getKey()));
                text = document.toString();
            }
        }
        return read(text);
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException("unreadable contract", e);
        }
    }

    private static String prefix(String routeId) {
        return Character.toUpperCase(routeId.charAt(0)) + routeId.substring(1);
    }

    private static String description(List<String> stale) {
        String base = "Principal Prep: Module 9, Career & Interview Strategy, as one API. Public reads of the "
                + "curriculum and the catalogs need no token; the rest needs a bearer token.";
        return stale.isEmpty() ? base
                : base + " Parts of this contract may be stale, their service not answering: " + String.join(", ", stale)
                        + ".";
    }
}
