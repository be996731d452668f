package dev.principalprep.problems;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The one mapping from what goes wrong to an RFC 9457 answer ({@link Problem}), shared by every service and the
 * gateway. Details are written for a client to show: never a Java type, annotation or exception message. Mappers
 * here take precedence over the framework's own, which echo exception messages.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int FIRST = 1000;
    /** How long a client should wait when the store behind a service is away. */
    static final String STORE_RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper(priority = FIRST)
    public Response invalidInput(InvalidInput invalid, UriInfo uri) {
        ProblemKind kind = invalid.status() == 409 ? ProblemKind.CONFLICT : ProblemKind.UNPROCESSABLE;
        return respond(Problem.of(kind, invalid.getMessage(), instance(uri),
                List.of(Problem.Violation.body(invalid.field(), invalid.getMessage())))).build();
    }

    @ServerExceptionMapper(priority = FIRST, value = { UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException failure, UriInfo uri) {
        return respond(Problem.of(ProblemKind.UNAUTHORIZED, "A valid bearer token is required", instance(uri)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response forbidden(ForbiddenException forbidden, UriInfo uri) {
        return respond(Problem.of(ProblemKind.FORBIDDEN, "Your roles do not allow this request", instance(uri))).build();
    }

    @ServerExceptionMapper(priority = FIRST, value = { ConstraintViolationException.class,
            ResteasyReactiveViolationException.class })
    public Response constraintViolation(ConstraintViolationException violation, UriInfo uri) {
        List<Problem.Violation> violations = violation.getConstraintViolations().stream()
                .map(ProblemMappers::violation).sorted((a, b) -> a.field().compareTo(b.field())).toList();
        if (violations.stream().anyMatch(v -> "response".equals(v.in()))) {
            return unexpected(violation, uri);
        }
        return respond(Problem.of(ProblemKind.INVALID_INPUT, summary(violations), instance(uri), violations)).build();
    }

    @ServerExceptionMapper(priority = FIRST, value = { JsonProcessingException.class, JsonMappingException.class,
            MismatchedInputException.class, StreamReadException.class })
    public Response unreadableBody(JsonProcessingException unreadable, UriInfo uri) {
        return respond(JsonFailures.problem(unreadable, instance(uri))).build();
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response webApplication(WebApplicationException failure, UriInfo uri) {
        if (failure.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableBody(unreadable, uri);
        }
        Response original = failure.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(failure, uri);
        }
        ProblemKind kind = ProblemKind.forStatus(status);
        Response.ResponseBuilder answer = Response.status(status).type(Problem.MEDIA_TYPE);
        String detail = switch (status) {
            case 405 -> {
                String allow = original.getHeaderString(HttpHeaders.ALLOW);
                answer.header(HttpHeaders.ALLOW, allow);
                yield allow == null ? "This resource does not answer this method" : "This resource answers " + allow;
            }
            case 406 -> "This resource answers application/json";
            case 415 -> "Request bodies must be JSON, sent with Content-Type: application/json";
            default -> failure.getCause() == null && ClientText.isFit(failure.getMessage()) ? failure.getMessage()
                    : kind.meaning();
        };
        original.getHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase(HttpHeaders.ETAG) || name.equalsIgnoreCase("Retry-After")) {
                values.forEach(value -> answer.header(name, value));
            }
        });
        return answer.entity(new Problem(kind.type().toString(), kind.title(), status, detail, instance(uri), List.of()))
                .build();
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response unexpected(Throwable failure, UriInfo uri) {
        if (StoreOutages.isOutage(failure)) {
            LOG.warnf("A store cannot be reached: %s", failure.toString());
            return respond(Problem.of(ProblemKind.SERVICE_UNAVAILABLE,
                    "The store behind this service cannot be reached for now; try again shortly", instance(uri)))
                    .header("Retry-After", STORE_RETRY_AFTER_SECONDS).build();
        }
        LOG.errorf(failure, "Unexpected failure answering %s", instance(uri));
        return respond(Problem.of(ProblemKind.INTERNAL_ERROR, ProblemKind.INTERNAL_ERROR.meaning(), instance(uri))).build();
    }

    static Response.ResponseBuilder respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    private static String instance(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    static String summary(List<Problem.Violation> violations) {
        return violations.size() == 1 ? violations.get(0).field() + " " + violations.get(0).message()
                : violations.size() + " inputs are not valid; see violations";
    }

    /** Names the refused input as a client sent it: a query, path or header parameter by its name, a body field by its path. */
    private static Problem.Violation violation(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        String in = "body";
        List<String> names = new ArrayList<>();
        java.lang.reflect.Method method = null;
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.getKind() == ElementKind.METHOD) {
                method = ResourceParameters.method(violation.getRootBeanClass(),
                        node.as(Path.MethodNode.class).getName(), node.as(Path.MethodNode.class).getParameterTypes());
            } else if (node.getKind() == ElementKind.RETURN_VALUE) {
                in = "response";
            } else if (node.getKind() == ElementKind.PARAMETER && method != null) {
                ResourceParameters.Source source = ResourceParameters.source(method,
                        node.as(Path.ParameterNode.class).getParameterIndex(),
                        i + 1 < nodes.size() ? nodes.get(i + 1).getName() : null);
                if (source != null) {
                    return new Problem.Violation(source.name(), source.in(), violation.getMessage());
                }
            } else if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                // An element of a list or set: roles[1], or roles[] when the container has no order.
                if (!names.isEmpty()) {
                    names.set(names.size() - 1,
                            names.get(names.size() - 1) + "[" + (node.getIndex() == null ? "" : node.getIndex()) + "]");
                }
            } else if (node.getName() != null || node.getIndex() != null) {
                String name = node.getName() == null ? "" : node.getName();
                if (!names.isEmpty() && node.isInIterable() && node.getIndex() != null) {
                    names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
                }
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return new Problem.Violation(names.isEmpty() ? "body" : String.join(".", names), in, violation.getMessage());
    }
}
