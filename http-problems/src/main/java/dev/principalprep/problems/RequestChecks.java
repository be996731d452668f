package dev.principalprep.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * What every request must be before a resource sees it: a body, if any, sent as JSON (415 otherwise); and every
 * query, path and header parameter readable as its declared type, without control characters (400 naming each).
 */
public class RequestChecks {

    @ServerRequestFilter(preMatching = true)
    public Response bodiesAreJson(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean hasBody = request.getHeaderString("Transfer-Encoding") != null
                || (length != null && !length.strip().equals("0"));
        if (!hasBody || isJson(request.getHeaderString(HttpHeaders.CONTENT_TYPE))) {
            return null;
        }
        return ProblemMappers.respond(Problem.of(ProblemKind.UNSUPPORTED_MEDIA_TYPE,
                "Request bodies must be JSON, sent with Content-Type: application/json",
                request.getUriInfo().getRequestUri().getRawPath())).build();
    }

    @ServerRequestFilter
    public Response parametersAreReadable(ContainerRequestContext request, ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return null;
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters();
        List<Problem.Violation> violations = new ArrayList<>();
        for (ResourceParameters.Source source : ResourceParameters.of(resource.getResourceMethod())) {
            List<String> values = switch (source.in()) {
                case "query" -> query.get(source.name());
                case "path" -> path.get(source.name());
                default -> request.getHeaders().get(source.name());
            };
            if (values == null) {
                continue;
            }
            values.stream().map(value -> ResourceParameters.problem(source, value)).filter(problem -> problem != null)
                    .findFirst()
                    .ifPresent(problem -> violations.add(new Problem.Violation(source.name(), source.in(), problem)));
        }
        // Parameters no resource declares are not read, but text with control characters is refused anywhere.
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            boolean declared = violations.stream().anyMatch(v -> v.field().equals(parameter.getKey()));
            if (!declared && (!InputText.isCleanLine(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(value -> !InputText.isCleanLine(value)))) {
                violations.add(new Problem.Violation(parameter.getKey(), "query", InputText.CONTROL_CHARACTERS));
            }
        }
        if (violations.isEmpty()) {
            return null;
        }
        return ProblemMappers.respond(Problem.of(ProblemKind.INVALID_INPUT, ProblemMappers.summary(violations),
                request.getUriInfo().getRequestUri().getRawPath(), violations)).build();
    }

    static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        try {
            MediaType type = MediaType.valueOf(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype() && "application".equalsIgnoreCase(type.getType())
                    && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase().endsWith("+json"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
