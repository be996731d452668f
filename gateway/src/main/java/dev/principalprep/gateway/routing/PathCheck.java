package dev.principalprep.gateway.routing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import dev.principalprep.problems.InputText;

/**
 * Refuses a request path that could mean something else once decoded or normalised ({@code ..}, {@code .},
 * {@code //}, {@code ;} parameters, encoded dots, slashes or backslashes, control characters), so the route and the
 * public-or-secured decision are always taken on the path the service will see.
 */
public final class PathCheck {

    private PathCheck() {
    }

    /** Why the raw path (as sent, before any decoding) is refused, or empty when it is plain. */
    public static Optional<String> problem(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.of("The path must start with /");
        }
        // Nearly every path is printable ASCII without escapes: it is what it decodes to, so only its segments need
        // checking, without the lower-casing and decoding that cost every request a few allocations.
        boolean plain = isPlainAscii(rawPath);
        if (!plain) {
            String lower = rawPath.toLowerCase(Locale.ROOT);
            if (lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("\\")) {
                return Optional.of("The path must not encode dots, slashes or backslashes");
            }
            if (rawPath.contains(";")) {
                return Optional.of("The path must not carry ; parameters");
            }
        }
        if (rawPath.contains("//")) {
            return Optional.of("The path must not contain empty segments (//)");
        }
        if (hasDotSegment(rawPath)) {
            return Optional.of("The path must not contain . or .. segments");
        }
        if (plain) {
            return Optional.empty();
        }
        String decoded = decode(rawPath);
        if (decoded == null) {
            return Optional.of("The path is not validly percent-encoded UTF-8");
        }
        if (!InputText.isCleanLine(decoded)) {
            return Optional.of("The path must not contain control characters");
        }
        return Optional.empty();
    }

    /** Printable ASCII only, and none of the characters the other checks look for: {@code %}, {@code \}, {@code ;}. */
    static boolean isPlainAscii(String rawPath) {
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '%' || c == '\\' || c == ';') {
                return false;
            }
        }
        return true;
    }

    private static boolean hasDotSegment(String rawPath) {
        String closed = rawPath + "/";
        return closed.contains("/./") || closed.contains("/../");
    }

    /** Percent-decoded as strict UTF-8, or null when an escape or the bytes it makes are malformed. */
    private static String decode(String rawPath) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(rawPath.length());
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '%') {
                if (i + 2 >= rawPath.length() || Character.digit(rawPath.charAt(i + 1), 16) < 0
                        || Character.digit(rawPath.charAt(i + 2), 16) < 0) {
                    return null;
                }
                bytes.write(Character.digit(rawPath.charAt(i + 1), 16) * 16 + Character.digit(rawPath.charAt(i + 2), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
