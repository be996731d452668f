package dev.principalprep.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;

/**
 * Reads a request body as it arrives, chunked or not, up to a limit. Past it the read fails at once with
 * {@link TooLarge}, and what keeps arriving is read and dropped (as a proxy's lingering close does) so the client
 * gets to read the 413 instead of a reset connection.
 */
final class BoundedBody {

    /** The body went past the limit. */
    static final class TooLarge extends RuntimeException {

        TooLarge() {
            super("request body too large", null, false, false);
        }
    }

    private BoundedBody() {
    }

    /** Reads the (paused) request's body; an empty buffer when it has none. */
    static Future<Buffer> read(HttpServerRequest request, long limit) {
        if (request.isEnded()) {
            return Future.succeededFuture(Buffer.buffer());
        }
        Promise<Buffer> result = Promise.promise();
        Buffer body = Buffer.buffer();
        request.handler(chunk -> {
            if (result.future().isComplete()) {
                return;
            }
            if (body.length() + (long) chunk.length() > limit) {
                result.tryFail(new TooLarge());
                return;
            }
            body.appendBuffer(chunk);
        });
        request.exceptionHandler(result::tryFail);
        request.endHandler(ended -> result.tryComplete(body));
        request.resume();
        return result.future();
    }
}
