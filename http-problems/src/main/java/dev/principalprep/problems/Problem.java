package dev.principalprep.problems;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The one RFC 9457 body of the platform, from the gateway and every service: {@code type} (a documented page per
 * kind), {@code title}, {@code status}, {@code detail} in words a client can show, {@code instance} (the request
 * path), and for input errors {@code violations}, each naming a field and where it was.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One refused input: its name, where it was ({@code body}, {@code query}, {@code path}, {@code header}), why. */
    public record Violation(String field, String in, String message) {

        public static Violation body(String field, String message) {
            return new Violation(field, "body", message);
        }
    }

    public static Problem of(ProblemKind kind, String detail, String instance) {
        return of(kind, detail, instance, List.of());
    }

    public static Problem of(ProblemKind kind, String detail, String instance, List<Violation> violations) {
        return new Problem(kind.type().toString(), kind.title(), kind.status(), detail, instance,
                violations == null ? List.of() : List.copyOf(violations));
    }
}
