package dev.principalprep.problems;

import java.util.regex.Pattern;

/**
 * Whether a message written by the code is fit for a client: the framework's default ("HTTP 404 Not Found") says
 * nothing, and anything that names a Java type, an annotation or an exception says too much.
 */
final class ClientText {

    static final Pattern INTERNALS = Pattern.compile(
            "(?i)(\\bjava[x]?\\.|\\bjakarta\\.|\\bdev\\.principalprep\\.|\\bio\\.(quarkus|vertx|smallrye)\\.|\\borg\\.|\\bcom\\.|"
                    + "exception|@[A-Z][a-zA-Z]+|\\bat [a-z]+\\.|\\$[0-9])");

    private ClientText() {
    }

    static boolean isFit(String message) {
        return message != null && !message.isBlank() && !message.startsWith("HTTP ") && message.length() <= 500
                && !INTERNALS.matcher(message).find();
    }
}
