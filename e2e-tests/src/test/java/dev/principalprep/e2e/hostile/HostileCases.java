package dev.principalprep.e2e.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Hostile requests generated from the live merged contract: for every operation, every parameter and every body
 * field, values that break what the contract documents (wrong types, beyond the bounds, huge and tiny numbers,
 * control characters, unknown values), and for every operation bodies that are not what it reads (trailing garbage,
 * a second document, not JSON, deep nesting, oversized, wrong or no content type), no or forged tokens, and another
 * learner's id. Each request changes one thing against a well-formed request, so what refuses it is that one thing.
 */
public final class HostileCases {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;

    private final JsonNode contract;
    private final ObjectMapper json = new ObjectMapper();
    private final String token;
    private final String forgedToken;
    private final String intruderToken;
    private final String victim;
    private final List<HostileRequest> cases = new ArrayList<>();

    /**
     * {@code token}: the victim's, with every role, so each check is reached; {@code intruderToken}: another learner's
     * (learner role only), sent with the victim's id in the path.
     */
    private HostileCases(JsonNode contract, String token, String forgedToken, String intruderToken, String victim) {
        this.contract = contract;
        this.token = token;
        this.forgedToken = forgedToken;
        this.intruderToken = intruderToken;
        this.victim = victim;
    }

    public static List<HostileRequest> from(JsonNode contract, String token, String forgedToken, String intruderToken,
            String victim) {
        HostileCases generator = new HostileCases(contract, token, forgedToken, intruderToken, victim);
        Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/v1/") || path.getKey().startsWith("/api/v1/dev/")) {
                continue;
            }
            path.getValue().fields().forEachRemaining(operation -> {
                if (METHODS.contains(operation.getKey())) {
                    generator.operation(path.getKey(), operation.getKey().toUpperCase(), path.getValue(), operation.getValue());
                }
            });
        }
        return List.copyOf(generator.cases);
    }

    private void operation(String template, String method, JsonNode pathItem, JsonNode operation) {
        List<JsonNode> parameters = new ArrayList<>();
        pathItem.path("parameters").forEach(p -> parameters.add(resolve(p)));
        operation.path("parameters").forEach(p -> parameters.add(resolve(p)));
        Map<String, String> pathValues = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            String value = sample(name, resolve(parameter.path("schema")));
            switch (parameter.path("in").asText()) {
                case "path" -> pathValues.put(name, value);
                case "query" -> {
                    if (parameter.path("required").asBoolean()) {
                        query.put(name, value);
                    }
                }
                case "header" -> headers.put(name, name.equalsIgnoreCase("If-Match") ? "\"0\"" : value);
                default -> {
                }
            }
        }
        JsonNode bodySchema = resolve(operation.path("requestBody").path("content").path("application/json").path("schema"));
        JsonNode body = operation.has("requestBody") ? exampleBody(operation, bodySchema) : null;
        String op = method + " " + template;

        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            JsonNode schema = resolve(parameter.path("schema"));
            for (Map.Entry<String, String> bad : badParameterValues(schema, in).entrySet()) {
                Map<String, String> p = new LinkedHashMap<>(pathValues);
                Map<String, String> q = new LinkedHashMap<>(query);
                Map<String, String> h = new LinkedHashMap<>(headers);
                switch (in) {
                    case "path" -> p.put(name, bad.getValue());
                    case "query" -> q.put(name, bad.getValue());
                    case "header" -> h.put(name, bad.getValue());
                    default -> {
                        continue;
                    }
                }
                add(op + " " + in + " " + name + ": " + bad.getKey(), method, url(template, p, q), h, body);
            }
        }
        if (body != null) {
            for (String field : fields(bodySchema, "", 0)) {
                JsonNode fieldSchema = schemaAt(bodySchema, field);
                for (Map.Entry<String, JsonNode> bad : badBodyValues(fieldSchema).entrySet()) {
                    JsonNode mutated = body.deepCopy();
                    set(mutated, bodySchema, field, bad.getValue());
                    add(op + " body " + field + ": " + bad.getKey(), method, url(template, pathValues, query), headers,
                            mutated);
                }
            }
            ObjectNode unknown = body.isObject() ? ((ObjectNode) body.deepCopy()).put("unexpectedField", 1) : null;
            if (unknown != null) {
                add(op + " body: an unknown field", method, url(template, pathValues, query), headers, unknown);
            }
            String text = body.toString();
            raw(op + " body: trailing garbage", method, template, pathValues, query, headers, text + " x", "application/json");
            raw(op + " body: a second document", method, template, pathValues, query, headers, text + text, "application/json");
            raw(op + " body: not JSON", method, template, pathValues, query, headers, "{\"unclosed", "application/json");
            raw(op + " body: nested 500 deep", method, template, pathValues, query, headers,
                    "{\"a\":" + "[".repeat(500) + "]".repeat(500) + "}", "application/json");
            raw(op + " body: 2 MiB", method, template, pathValues, query, headers,
                    "{\"a\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}", "application/json");
            for (String contentType : new String[] { "text/plain", "*/*", "application/xml",
                    "application/x-www-form-urlencoded", null }) {
                raw(op + " body: Content-Type " + contentType, method, template, pathValues, query, headers, text, contentType);
            }
        }
        String target = url(template, pathValues, query);
        cases.add(new HostileRequest(op + " without a token", method, target, jsonHeaders(headers, null, body != null),
                bytes(body), !method.equals("GET")));
        cases.add(new HostileRequest(op + " with a forged token", method, target,
                jsonHeaders(headers, forgedToken, body != null), bytes(body), !method.equals("GET")));
        if (pathValues.containsKey("learner")) {
            Map<String, String> victims = new LinkedHashMap<>(pathValues);
            victims.put("learner", victim);
            cases.add(new HostileRequest(op + " another learner's id", method, url(template, victims, query),
                    jsonHeaders(headers, intruderToken, body != null), bytes(body), true));
        }
    }

    private void add(String name, String method, String url, Map<String, String> headers, JsonNode body) {
        cases.add(new HostileRequest(name, method, url, jsonHeaders(headers, token, body != null), bytes(body), true));
    }

    private void raw(String name, String method, String template, Map<String, String> path, Map<String, String> query,
            Map<String, String> headers, String body, String contentType) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Authorization", "Bearer " + token);
        if (contentType != null) {
            all.put("Content-Type", contentType);
        }
        cases.add(
                new HostileRequest(name, method, url(template, path, query), all, body.getBytes(StandardCharsets.UTF_8), true));
    }

    private static Map<String, String> jsonHeaders(Map<String, String> headers, String bearer, boolean hasBody) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (bearer != null) {
            all.put("Authorization", "Bearer " + bearer);
        }
        if (hasBody) {
            all.put("Content-Type", "application/json");
        }
        return all;
    }

    private static byte[] bytes(JsonNode body) {
        return body == null ? null : body.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Values a parameter of this schema must refuse, named; percent-encoded where they go into a URL. */
    private static Map<String, String> badParameterValues(JsonNode schema, String in) {
        Map<String, String> bad = new LinkedHashMap<>();
        String type = schema.path("type").asText("string");
        boolean url = !in.equals("header");
        if (url) {
            bad.put("NUL", "a%00b");
            bad.put("an escape character", "%1B%5B2J");
            bad.put("a line break", "a%0D%0Ab");
        }
        switch (type) {
            case "integer" -> {
                bad.put("text", "abc");
                bad.put("a fraction", "1.5");
                bad.put("too large for any integer", "99999999999999999999999");
                bad.put("a tiny exponent", "1e-100000000");
            }
            case "number" -> {
                bad.put("text", "abc");
                bad.put("a tiny exponent", "1e-100000000");
                bad.put("a huge exponent", "1e100000000");
            }
            case "boolean" -> bad.put("not a boolean", "maybe");
            default -> {
            }
        }
        if (schema.has("maximum")) {
            bad.put("above its maximum", schema.get("maximum").decimalValue().add(java.math.BigDecimal.ONE).toPlainString());
        }
        if (schema.has("minimum")) {
            bad.put("below its minimum",
                    schema.get("minimum").decimalValue().subtract(java.math.BigDecimal.ONE).toPlainString());
        }
        if (schema.has("enum")) {
            bad.put("not one of its values", "NOT_A_VALUE");
        }
        if ("uuid".equals(schema.path("format").asText())) {
            bad.put("not a UUID", "not-a-uuid");
        }
        if (schema.has("maxLength")) {
            bad.put("longer than its maximum", "x".repeat(schema.get("maxLength").asInt() + 1));
        }
        return bad;
    }

    /** Values a body field of this schema must refuse, named. */
    private static Map<String, JsonNode> badBodyValues(JsonNode schema) {
        Map<String, JsonNode> bad = new LinkedHashMap<>();
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        switch (type) {
            case "string" -> {
                bad.put("a number", NODES.numberNode(12345));
                bad.put("an object", NODES.objectNode());
                bad.put("NUL", NODES.textNode("a\u0000b"));
                bad.put("an escape sequence", NODES.textNode("\u001b[2J"));
                if (schema.has("maxLength")) {
                    bad.put("longer than its maximum", NODES.textNode("x".repeat(schema.get("maxLength").asInt() + 1)));
                }
                if (schema.has("enum")) {
                    bad.put("not one of its values", NODES.textNode("NOT_A_VALUE"));
                }
            }
            case "integer", "number" -> {
                bad.put("text", NODES.textNode("20"));
                bad.put("a boolean", NODES.booleanNode(true));
                bad.put("a tiny exponent", NODES.numberNode(new java.math.BigDecimal("1e-100000000")));
                bad.put("a huge exponent", NODES.numberNode(new java.math.BigDecimal("1e100000000")));
                if (type.equals("integer")) {
                    bad.put("a fraction", NODES.numberNode(new java.math.BigDecimal("2.5")));
                }
                if (schema.has("maximum")) {
                    bad.put("above its maximum",
                            NODES.numberNode(schema.get("maximum").decimalValue().add(java.math.BigDecimal.ONE)));
                }
                if (schema.has("minimum")) {
                    bad.put("below its minimum",
                            NODES.numberNode(schema.get("minimum").decimalValue().subtract(java.math.BigDecimal.ONE)));
                }
            }
            case "boolean" -> {
                bad.put("text", NODES.textNode("yes"));
                bad.put("a number", NODES.numberNode(1));
            }
            case "array" -> {
                bad.put("an object", NODES.objectNode());
                bad.put("text", NODES.textNode("x"));
            }
            default -> {
                bad.put("text", NODES.textNode("x"));
                bad.put("a number", NODES.numberNode(1));
            }
        }
        return bad;
    }

    /** Dotted paths of every field of a body schema ({@code workload.storage.totalTb}, {@code roles[]}). */
    private List<String> fields(JsonNode schema, String prefix, int depth) {
        List<String> fields = new ArrayList<>();
        JsonNode resolved = resolve(schema);
        if (depth > MAX_DEPTH) {
            return fields;
        }
        properties(resolved).forEach((name, property) -> {
            String field = prefix.isEmpty() ? name : prefix + "." + name;
            fields.add(field);
            JsonNode p = resolve(property);
            if (p.has("properties") || p.has("allOf")) {
                fields.addAll(fields(p, field, depth + 1));
            } else if ("array".equals(p.path("type").asText())) {
                JsonNode items = resolve(p.path("items"));
                if (items.has("properties") || items.has("allOf")) {
                    fields.addAll(fields(items, field + "[]", depth + 1));
                } else {
                    fields.add(field + "[]");
                }
            }
        });
        return fields;
    }

    private Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        schema.path("allOf").forEach(part -> properties.putAll(properties(resolve(part))));
        schema.path("properties").fields().forEachRemaining(e -> properties.put(e.getKey(), e.getValue()));
        return properties;
    }

    private JsonNode schemaAt(JsonNode schema, String field) {
        JsonNode current = resolve(schema);
        for (String part : field.split("\\.")) {
            boolean element = part.endsWith("[]");
            String name = element ? part.substring(0, part.length() - 2) : part;
            current = resolve(properties(current).getOrDefault(name, NODES.objectNode()));
            if (element) {
                current = resolve(current.path("items"));
            }
        }
        return current;
    }

    /** Puts the value at the field, making the objects and one-element lists on the way that the body lacks. */
    private void set(JsonNode body, JsonNode schema, String field, JsonNode value) {
        String[] parts = field.split("\\.");
        JsonNode node = body;
        JsonNode nodeSchema = resolve(schema);
        for (int i = 0; i < parts.length; i++) {
            boolean element = parts[i].endsWith("[]");
            String name = element ? parts[i].substring(0, parts[i].length() - 2) : parts[i];
            ObjectNode object = (ObjectNode) node;
            JsonNode propertySchema = resolve(properties(nodeSchema).getOrDefault(name, NODES.objectNode()));
            boolean last = i == parts.length - 1;
            if (element) {
                ArrayNode list = object.get(name) instanceof ArrayNode a && !a.isEmpty() ? a : object.putArray(name);
                JsonNode itemSchema = resolve(propertySchema.path("items"));
                if (last) {
                    list.removeAll().add(value);
                    return;
                }
                if (list.isEmpty() || !list.get(0).isObject()) {
                    list.removeAll().add(sampleObject(itemSchema, 0));
                }
                node = list.get(0);
                nodeSchema = itemSchema;
            } else if (last) {
                object.set(name, value);
                return;
            } else {
                if (!(object.get(name) instanceof ObjectNode)) {
                    object.set(name, sampleObject(propertySchema, 0));
                }
                node = object.get(name);
                nodeSchema = propertySchema;
            }
        }
    }

    private JsonNode exampleBody(JsonNode operation, JsonNode schema) {
        JsonNode content = operation.path("requestBody").path("content").path("application/json");
        JsonNode example = content.path("example");
        if (example.isMissingNode() && content.path("examples").size() > 0) {
            example = content.path("examples").elements().next().path("value");
        }
        if (example.isMissingNode() && schema.has("example")) {
            example = schema.get("example");
        }
        if (example.isTextual()) {
            try {
                example = json.readTree(example.asText());
            } catch (Exception e) {
                example = null;
            }
        }
        return example == null || example.isMissingNode() || !example.isObject() ? sampleObject(schema, 0) : example;
    }

    private JsonNode sampleObject(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        if (depth > MAX_DEPTH) {
            return object;
        }
        JsonNode resolved = resolve(schema);
        Set<String> required = new java.util.HashSet<>();
        resolved.path("required").forEach(r -> required.add(r.asText()));
        properties(resolved).forEach((name, property) -> {
            if (required.contains(name)) {
                object.set(name, sampleValue(resolve(property), depth + 1));
            }
        });
        return object;
    }

    private JsonNode sampleValue(JsonNode schema, int depth) {
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        return switch (schema.path("type").asText(schema.has("properties") ? "object" : "string")) {
            case "integer" -> NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asInt() : 1);
            case "number" ->
                NODES.numberNode(schema.has("minimum") ? schema.get("minimum").decimalValue() : java.math.BigDecimal.ONE);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> NODES.arrayNode().add(sampleValue(resolve(schema.path("items")), depth + 1));
            case "object" -> sampleObject(schema, depth);
            default -> NODES.textNode("sample");
        };
    }

    private String sample(String name, JsonNode schema) {
        if (name.equals("learner")) {
            return "me";
        }
        if (schema.has("example")) {
            return schema.get("example").asText();
        }
        if ("uuid".equals(schema.path("format").asText())) {
            return UUID.randomUUID().toString();
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        if (name.toLowerCase().contains("module") || name.equals("id") && schema.path("type").asText().equals("string")) {
            return "module-9";
        }
        return switch (schema.path("type").asText("string")) {
            case "integer", "number" -> schema.has("minimum") ? schema.get("minimum").asText() : "1";
            case "boolean" -> "true";
            default -> "sample-" + name.toLowerCase();
        };
    }

    private static String url(String template, Map<String, String> path, Map<String, String> query) {
        String url = template;
        for (Map.Entry<String, String> value : path.entrySet()) {
            url = url.replace("{" + value.getKey() + "}", encode(value.getValue()));
        }
        StringBuilder target = new StringBuilder(url);
        String separator = "?";
        for (Map.Entry<String, String> value : query.entrySet()) {
            target.append(separator).append(value.getKey()).append('=').append(encode(value.getValue()));
            separator = "&";
        }
        return target.toString();
    }

    /** Keeps the percent-escapes a hostile value was written with; escapes what a URL cannot carry as is. */
    private static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (Character.isLetterOrDigit(c) && c < 128 || "-._~%".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node == null ? NODES.objectNode() : node;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String ref = current.get("$ref").asText();
            current = contract.at(ref.substring(1));
        }
        return current.isMissingNode() ? NODES.objectNode() : current;
    }
}
