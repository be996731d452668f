package dev.principalprep.problems;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of problem the platform answers with. Each has a {@code type} URI, relative to the gateway, whose page
 * ({@code GET /problems/{slug}}) says what it means and what a client can do about it.
 */
public enum ProblemKind {

    INVALID_INPUT("invalid-input", 400, "Bad Request",
            "A parameter, a header or the body could not be read or breaks a rule: the wrong type, out of range, a"
                    + " control character, text after the JSON document. `violations` names each field and where it was"
                    + " (`body`, `query`, `path`, `header`).",
            "Correct the named fields and send the request again."),
    UNAUTHORIZED("unauthorized", 401, "Unauthorized",
            "No bearer token, or one that is forged, expired, not yet valid, issued in the future or valid for too long.",
            "Get a fresh token and send it as `Authorization: Bearer <token>`."),
    FORBIDDEN("forbidden", 403, "Forbidden", "The token is valid but its roles do not allow this request.",
            "Ask for a token with the role the operation names."),
    NOT_FOUND("not-found", 404, "Not Found", "Nothing exists at this path, or it is not yours to see.",
            "Check the ids in the path."),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method Not Allowed",
            "The resource exists but does not answer this method; the `Allow` header lists the ones it does.",
            "Use one of the methods in `Allow`."),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not Acceptable", "The resource cannot answer in a type the `Accept` header allows.",
            "Accept `application/json`."),
    CONFLICT("conflict", 409, "Conflict", "The request clashes with what exists, such as a duplicate id.",
            "Read the current state and decide what to send."),
    PRECONDITION_FAILED("precondition-failed", 412, "Precondition Failed",
            "The `If-Match` version is no longer the current one: someone changed the resource since it was read.",
            "Read it again, apply the change to the new version, and send it with the new ETag."),
    CONTENT_TOO_LARGE("content-too-large", 413, "Content Too Large", "The request body is larger than the limit (1 MiB).",
            "Send a smaller body."),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported Media Type",
            "Request bodies are JSON: the `Content-Type` must be `application/json`.",
            "Send the body as JSON with `Content-Type: application/json`."),
    UNPROCESSABLE("unprocessable", 422, "Unprocessable Content",
            "The body is well-formed but cannot be used as given: an unknown reference, parts that do not add up.",
            "Correct the fields named in `violations`."),
    PRECONDITION_REQUIRED("precondition-required", 428, "Precondition Required",
            "This change needs the `If-Match` header with the ETag of the version it was made on.",
            "Read the resource, then send the change with `If-Match`."),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Too Many Requests",
            "This client made more requests than its limit in the current window.",
            "Wait for the seconds in `Retry-After`; `RateLimit-Remaining` and `RateLimit-Reset` show the budget."),
    INTERNAL_ERROR("internal-error", 500, "Internal Server Error", "The service failed to complete this request.",
            "Try again later; if it keeps failing, report the `X-Request-Id`."),
    BAD_GATEWAY("bad-gateway", 502, "Bad Gateway", "The service behind the gateway failed to answer this request.",
            "Try again later; if it keeps failing, report the `X-Request-Id`."),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Service Unavailable",
            "The service, or the store behind it, cannot be reached for now.", "Try again after `Retry-After` seconds."),
    GATEWAY_TIMEOUT("gateway-timeout", 504, "Gateway Timeout", "The service did not answer in time.",
            "Try again; a write may or may not have been applied, so read before repeating it.");

    /** Where the documented pages live, relative to the gateway. */
    public static final String PAGES = "/problems/";

    private final String slug;
    private final int status;
    private final String title;
    private final String meaning;
    private final String remedy;

    ProblemKind(String slug, int status, String title, String meaning, String remedy) {
        this.slug = slug;
        this.status = status;
        this.title = title;
        this.meaning = meaning;
        this.remedy = remedy;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String meaning() {
        return meaning;
    }

    public String remedy() {
        return remedy;
    }

    public URI type() {
        return URI.create(PAGES + slug);
    }

    public static Optional<ProblemKind> bySlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
    }

    /** The kind for a status; a status without a kind of its own takes the nearest general one. */
    public static ProblemKind forStatus(int status) {
        return Arrays.stream(values()).filter(kind -> kind.status == status).findFirst()
                .orElse(status >= 500 ? INTERNAL_ERROR : INVALID_INPUT);
    }
}
