package dev.principalprep.content.caching;

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

/**
 * Answers reads with a strong ETag (a hash of the exact bytes sent) and a Cache-Control policy, and with 304 when
 * the client's {@code If-None-Match} already names that representation.
 */
@ApplicationScoped
public class CachedResponses {

    /** Latest published content: short-lived, revalidated with the ETag after that. */
    public static final String LATEST = "public, max-age=60, must-revalidate";
    /** A numbered published version never changes. */
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final ObjectMapper json;

    public CachedResponses(ObjectMapper json) {
        this.json = json;
    }

    public Response of(Object view, String ifNoneMatch, String cacheControl) {
        byte[] body = bytes(view);
        String tag = tag(body);
        Response.ResponseBuilder response = matches(ifNoneMatch, tag) ? Response.notModified()
                : Response.ok(body, MediaType.APPLICATION_JSON_TYPE);
        return response.header(HttpHeaders.ETAG, "\"" + tag + "\"").header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .build();
    }

    /** An ETag whose value the caller chose (a draft revision), for responses that are not cached. */
    public Response tagged(Object view, EntityTag tag) {
        return Response.ok(bytes(view), MediaType.APPLICATION_JSON_TYPE).tag(tag)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache").build();
    }

    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        // If-None-Match compares weakly: W/"x" matches "x".
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .map(candidate -> candidate.startsWith("W/") ? candidate.substring(2) : candidate)
                .anyMatch(candidate -> candidate.equals("*") || candidate.equals("\"" + tag + "\""));
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
