package dev.principalprep.progress.tracking;

import java.util.OptionalLong;

import jakarta.ws.rs.ClientErrorException;

/**
 * An item state's strong ETag, {@code "<version>"}: the version of the learner's recorded state of the item (0 while
 * nothing is recorded), one more with every write.
 */
final class ItemVersion {

    static final int PRECONDITION_FAILED = 412;
    /** The longest version a tag can name (a long has 19 digits). */
    private static final int MAX_DIGITS = 18;

    private ItemVersion() {
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version a write's {@code If-Match} requires: none without the header or with {@code *} (an item's state
     * always exists), else the one strong tag it names. A weak tag, a list or anything else can never match the current
     * state (strong comparison, RFC 9110 13.1.1), so it fails before the database is asked.
     */
    static OptionalLong required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return OptionalLong.empty();
        }
        String tag = ifMatch.strip();
        String digits = tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"") ? tag.substring(1, tag.length() - 1)
                : "";
        if (digits.isEmpty() || digits.length() > MAX_DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw stale("If-Match must name one ETag of this item as it was answered, such as \"3\"");
        }
        return OptionalLong.of(Long.parseLong(digits));
    }

    static ClientErrorException stale(String why) {
        return new ClientErrorException(why, PRECONDITION_FAILED);
    }
}
