package dev.principalprep.gateway.contract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.principalprep.gateway.routing.PublicRoutes;
import dev.principalprep.problems.Problem;
import dev.principalprep.problems.ProblemKind;

/**
 * What the gateway itself answers on every route it proxies, written once into the merged contract instead of by hand
 * in each service: the security of each operation (none on public reads), 401 where a token is needed, 413 where a
 * body is sent, 429 with the RateLimit headers, 502, 503 and 504; every error answer typed as the one problem+json
 * shape; and component schemas that no public operation reaches left out.
 */
final class GatewayAnswers {

    static final String PROBLEM = "Problem";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final String PROBLEM_JSON = Problem.MEDIA_TYPE;
    private static final String RESPONSES_REF = "#/components/responses/";
    private static final String HEADERS_REF = "#/components/headers/";
    private static final Pattern SCHEMA_REFERENCE = Pattern
            .compile("\"" + Pattern.quote(ContractMerger.SCHEMA_REF) + "([^\"]+)\"");

    private final ObjectMapper json;

    GatewayAnswers(ObjectMapper json) {
        this.json = json;
    }

    /** Adds the gateway's answers to each operation of {@code proxiedPaths} and types every error answer. */
    void addTo(ObjectNode contract, Set<String> proxiedPaths) {
        ObjectNode components = (ObjectNode) contract.path("components");
        ObjectNode schemas = components.has("schemas") ? (ObjectNode) components.get("schemas")
                : components.putObject("schemas");
        schemas.set(PROBLEM, problemSchema());
        components.set("headers", rateLimitHeaders());
        components.set("responses", responses());
        contract.path("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            JsonNode operation = path.getValue().get(method);
            if (operation instanceof ObjectNode op) {
                if (proxiedPaths.contains(path.getKey())) {
                    addGatewayAnswers(op, method, path.getKey());
                }
                typeErrorAnswers(op);
            }
        }));
        dropUnreachedSchemas(contract, schemas);
    }

    private void addGatewayAnswers(ObjectNode operation, String method, String path) {
        ObjectNode responses = operation.has("responses") ? (ObjectNode) operation.get("responses")
                : operation.putObject("responses");
        if (PublicRoutes.isPublic(method.toUpperCase(java.util.Locale.ROOT), path)) {
            operation.putArray("security");
        } else {
            operation.putArray("security").addObject().putArray("bearer");
            reference(responses, "401", "Unauthorized");
        }
        if (operation.has("requestBody")) {
            reference(responses, "413", "PayloadTooLarge");
        }
        reference(responses, "429", "TooManyRequests");
        reference(responses, "502", "BadGateway");
        reference(responses, "503", "ServiceUnavailable");
        reference(responses, "504", "GatewayTimeout");
    }

    private static void reference(ObjectNode responses, String status, String name) {
        responses.putObject(status).put("$ref", RESPONSES_REF + name);
    }

    /** A 4xx or 5xx answer that a service declared without a schema is the problem+json shape. */
    private void typeErrorAnswers(ObjectNode operation) {
        operation.path("responses").fields().forEachRemaining(answer -> {
            if (answer.getKey().charAt(0) < '4' || answer.getValue().has("$ref")) {
                return;
            }
            ObjectNode response = (ObjectNode) answer.getValue();
            ObjectNode content = response.has("content") ? (ObjectNode) response.get("content")
                    : response.putObject("content");
            if (content.isEmpty()) {
                content.putObject(PROBLEM_JSON);
            }
            content.fields().forEachRemaining(media -> {
                ObjectNode body = (ObjectNode) media.getValue();
                if (!body.has("schema")) {
                    body.putObject("schema").put("$ref", ContractMerger.SCHEMA_REF + PROBLEM);
                }
            });
        });
    }

    /** Keeps the schemas that the paths reach, directly or through other schemas; the rest no client can meet. */
    private static void dropUnreachedSchemas(ObjectNode contract, ObjectNode schemas) {
        Set<String> reached = new HashSet<>();
        List<String> pending = new java.util.ArrayList<>(
                referencedNames(contract.path("paths").toString() + contract.path("components").path("responses")));
        while (!pending.isEmpty()) {
            String name = pending.remove(pending.size() - 1);
            if (reached.add(name)) {
                pending.addAll(referencedNames(schemas.path(name).toString()));
            }
        }
        schemas.retain(reached);
    }

    private static List<String> referencedNames(String text) {
        List<String> names = new java.util.ArrayList<>();
        Matcher matcher = SCHEMA_REFERENCE.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private ObjectNode problemSchema() {
        ObjectNode schema = json.createObjectNode().put("type", "object")
                .put("description", "RFC 9457 problem details: the one error shape of the gateway and every service");
        schema.putArray("required").add("type").add("title").add("status");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("type").put("type", "string").put("format", "uri-reference")
                .put("description", "The problem kind; its page at /problems/{kind} explains it");
        properties.putObject("title").put("type", "string").put("description", "The kind's short summary");
        properties.putObject("status").put("type", "integer").put("description", "The HTTP status code");
        properties.putObject("detail").put("type", "string").put("description", "What went wrong with this request");
        properties.putObject("instance").put("type", "string").put("description", "The path of the request");
        ObjectNode violation = properties.putObject("violations").put("type", "array")
                .put("description", "Each refused input, for input errors").putObject("items").put("type", "object");
        violation.putArray("required").add("field").add("in").add("message");
        ObjectNode fields = violation.putObject("properties");
        fields.putObject("field").put("type", "string").put("description", "The field, parameter or header name");
        ObjectNode in = fields.putObject("in").put("type", "string").put("description", "Where the input was");
        in.putArray("enum").add("body").add("query").add("path").add("header");
        fields.putObject("message").put("type", "string").put("description", "Why it was refused");
        return schema;
    }

    private ObjectNode rateLimitHeaders() {
        ObjectNode headers = json.createObjectNode();
        header(headers, "RateLimit-Limit", "Requests allowed per window for this client");
        header(headers, "RateLimit-Remaining", "Requests left in the current window");
        header(headers, "RateLimit-Reset", "Seconds until the window resets");
        header(headers, "Retry-After", "Seconds to wait before trying again");
        return headers;
    }

    private static void header(ObjectNode headers, String name, String description) {
        headers.putObject(name).put("description", description).putObject("schema").put("type", "integer")
                .put("minimum", 0);
    }

    private ObjectNode responses() {
        ObjectNode responses = json.createObjectNode();
        problem(responses, "Unauthorized", ProblemKind.UNAUTHORIZED,
                "No valid bearer token (missing, expired, badly signed or for another audience)");
        problem(responses, "PayloadTooLarge", ProblemKind.CONTENT_TOO_LARGE,
                "The body is over the gateway's limit of 1 MiB");
        ObjectNode headers = problem(responses, "TooManyRequests", ProblemKind.TOO_MANY_REQUESTS,
                "Over this client's request budget; wait for Retry-After seconds").putObject("headers");
        List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Retry-After")
                .forEach(name -> headers.putObject(name).put("$ref", HEADERS_REF + name));
        problem(responses, "BadGateway", ProblemKind.BAD_GATEWAY,
                "The service behind this route answered with something unusable");
        problem(responses, "ServiceUnavailable", ProblemKind.SERVICE_UNAVAILABLE,
                "The service behind this route is down or its circuit is open; Retry-After says when to try again")
                .putObject("headers").putObject("Retry-After").put("$ref", HEADERS_REF + "Retry-After");
        problem(responses, "GatewayTimeout", ProblemKind.GATEWAY_TIMEOUT,
                "The service behind this route did not answer in time");
        return responses;
    }

    private ObjectNode problem(ObjectNode responses, String name, ProblemKind kind, String description) {
        ObjectNode response = responses.putObject(name).put("description", description);
        ObjectNode body = response.putObject("content").putObject(PROBLEM_JSON);
        body.putObject("schema").put("$ref", ContractMerger.SCHEMA_REF + PROBLEM);
        body.set("example", json.valueToTree(Problem.of(kind, description, null)));
        return response;
    }
}
