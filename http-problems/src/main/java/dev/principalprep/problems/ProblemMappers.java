package dev.principalprep.problems;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;

/**
 * RFC 9457 answers for what quarkus-resteasy-problem does not cover here: {@link InvalidInput}, and authentication
 * failures, whose mappers in that extension (3.21.0) fail against this Quarkus version's challenge data.
 */
public class ProblemMappers {

    public static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");

    @ServerExceptionMapper
    public Response invalidInput(InvalidInput invalid) {
        String title = invalid.status() == 409 ? "Conflict" : "Unprocessable Content";
        return Response.status(invalid.status()).type(PROBLEM_JSON)
                .entity(body(invalid.status(), title, invalid.getMessage(), List.of(
                        Map.of("field", invalid.field(), "in", "body", "message", invalid.getMessage()))))
                .build();
    }

    @ServerExceptionMapper(priority = Priorities.AUTHENTICATION)
    public Response unauthorized(UnauthorizedException unauthorized) {
        return unauthenticated();
    }

    @ServerExceptionMapper(priority = Priorities.AUTHENTICATION)
    public Response authenticationFailed(AuthenticationFailedException failed) {
        return unauthenticated();
    }

    private static Response unauthenticated() {
        String detail = "A valid bearer token is required";
        return Response.status(401).type(PROBLEM_JSON).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(body(401, "Unauthorized", detail, null)).build();
    }

    private static Map<String, Object> body(int status, String title, String detail, List<Map<String, String>> violations) {
        return violations == null
                ? Map.of("type", "about:blank", "title", title, "status", status, "detail", detail)
                : Map.of("type", "about:blank", "title", title, "status", status, "detail", detail, "violations", violations);
    }
}
