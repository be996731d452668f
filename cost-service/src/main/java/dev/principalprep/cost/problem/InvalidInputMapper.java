package dev.principalprep.cost.problem;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers {@link InvalidInput} as RFC 9457 problem+json, in the same shape as the validation problems. */
public class InvalidInputMapper {

    static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");

    @ServerExceptionMapper
    public Response map(InvalidInput invalid) {
        return Response.status(422).type(PROBLEM_JSON).entity(Map.of(
                "type", "about:blank",
                "title", "Unprocessable Content",
                "status", 422,
                "detail", invalid.getMessage(),
                "violations", List.of(Map.of("field", invalid.field(), "in", "body", "message", invalid.getMessage()))))
                .build();
    }
}
