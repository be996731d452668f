package dev.principalprep.problems;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Tells a store that cannot be reached (PostgreSQL, MongoDB) from a failure the request caused. The drivers are
 * named by class here because this module is shared by services that use one store or the other, never both.
 */
final class StoreOutages {

    private static final Set<String> OUTAGES = Set.of(
            "io.vertx.sqlclient.ClosedConnectionException",
            "io.vertx.core.http.ConnectionPoolTooBusyException",
            "com.mongodb.MongoTimeoutException",
            "com.mongodb.MongoSocketException",
            "com.mongodb.MongoNotPrimaryException");

    private StoreOutages() {
    }

    static boolean isOutage(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof UnknownHostException || cause instanceof ClosedChannelException
                    || cause instanceof TimeoutException || isNamedOutage(cause.getClass())) {
                return true;
            }
            if (cause.getMessage() != null && cause.getMessage().startsWith("Connection refused")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNamedOutage(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (OUTAGES.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }
}
