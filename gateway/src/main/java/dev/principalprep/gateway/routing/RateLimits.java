package dev.principalprep.gateway.routing;

import io.vertx.core.Future;

/** Where request counts per client are kept: in this gateway's memory, or in Redis shared by every replica. */
public interface RateLimits {

    Future<RateLimiter.Decision> acquire(String key);
}
