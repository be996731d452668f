package dev.principalprep.caching;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.principalprep.paging.Paged;

/**
 * Conditional GET for every service: answers reads with a strong ETag (a hash of the exact bytes sent, or a version
 * the caller names) and a Cache-Control policy, and with 304 when the client's {@code If-None-Match} already names
 * that representation.
 */
@ApplicationScoped
public class CachedResponses {

    /** Latest published content and shared catalogs: short-lived, revalidated with the ETag after that. */
    public static final String LATEST = "public, max-age=60, must-revalidate";
    /** A numbered published version never changes. */
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** One user's data: kept by their own client only, and revalidated before every use. */
    public static final String PRIVATE = "private, no-cache";

    private final ObjectMapper json;

    public CachedResponses(ObjectMapper json) {
        this.json = json;
    }

    /** The view tagged with a hash of its bytes; 304 when If-None-Match names it. */
    public Response of(Object view, String ifNoneMatch, String cacheControl) {
        byte[] body = bytes(view);
        // A page stays an object, written again to the same bytes, so that the Link filter sees it is a page.
        return answer(view instanceof Paged ? view : body, "\"" + tag(body) + "\"", ifNoneMatch, cacheControl);
    }

    /** The view tagged with a version the caller keeps (a quoted strong ETag); 304 when If-None-Match names it. */
    public Response versioned(Object view, String etag, String ifNoneMatch) {
        return answer(bytes(view), etag, ifNoneMatch, PRIVATE);
    }

    /** An ETag whose value the caller chose (a draft revision), for responses that are not cached. */
    public Response tagged(Object view, EntityTag tag) {
        return Response.ok(bytes(view), MediaType.APPLICATION_JSON_TYPE).tag(tag)
                .header(HttpHeaders.CACHE_CONTROL, PRIVATE).build();
    }

    private static Response answer(Object body, String etag, String ifNoneMatch, String cacheControl) {
        Response.ResponseBuilder response = matches(ifNoneMatch, etag) ? Response.notModified()
                : Response.ok(body, MediaType.APPLICATION_JSON_TYPE);
        return response.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
    }

    /** Whether If-None-Match names the quoted ETag; it compares weakly, so W/"x" matches "x", and * matches any. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .map(candidate -> candidate.startsWith("W/") ? candidate.substring(2) : candidate)
                .anyMatch(candidate -> candidate.equals("*") || candidate.equals(etag));
    }

    private byte[] bytes(Object view) {
        try {
            return json.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + view.getClass().getSimpleName(), e);
        }
    }

    static String tag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
