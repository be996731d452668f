package dev.principalprep.content.authoring;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.EntityTag;

/** Draft revisions as entity tags: {@code "r7"}. */
final class Revisions {

    static final int PRECONDITION_REQUIRED = 428;

    private Revisions() {
    }

    static EntityTag tag(int revision) {
        return new EntityTag("r" + revision);
    }

    /** The revision an If-Match names: 428 without one, 412 for one that cannot be a revision of this draft. */
    static int fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ClientErrorException("Send If-Match with the ETag of the draft you edited", PRECONDITION_REQUIRED);
        }
        String value = ifMatch.strip();
        if (value.matches("\"r[0-9]{1,9}\"")) {
            return Integer.parseInt(value.substring(2, value.length() - 1));
        }
        throw new ClientErrorException("If-Match " + value + " is not a revision of this draft",
                AuthoringService.PRECONDITION_FAILED);
    }
}
