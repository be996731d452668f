package dev.principalprep.progress.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How erasure and audit records name a learner: the SHA-256 of their id, in hex. It proves a caller's claim to a
 * request and tells whether a late fact predates an erasure, without the records naming the person they erased.
 */
final class LearnerDigest {

    private LearnerDigest() {
    }

    static String of(String learner) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(learner.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
