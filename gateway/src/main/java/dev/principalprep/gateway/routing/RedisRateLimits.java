package dev.principalprep.gateway.routing;

import java.time.Duration;
import java.util.List;

import org.jboss.logging.Logger;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisAPI;
import io.vertx.redis.client.RedisOptions;

/**
 * The same fixed window as {@link RateLimiter}, counted in Redis so every gateway replica shares one budget per
 * client (as Spring Cloud Gateway's {@code RedisRateLimiter} and Kong's redis policy do). One script counts and
 * sets the window's expiry atomically. While Redis cannot be reached, each replica falls back on its own memory:
 * limits keep holding, per replica, rather than every request failing.
 */
public final class RedisRateLimits implements RateLimits {

    private static final Logger LOG = Logger.getLogger(RedisRateLimits.class);
    private static final String KEY_PREFIX = "principal-prep:rate-limit:";
    private static final String COUNT_IN_WINDOW = """
            local count = redis.call('INCR', KEYS[1])
            if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
            return {count, ttl}""";

    private final RedisAPI redis;
    private final int limit;
    private final Duration window;
    private final RateLimiter fallback;

    public RedisRateLimits(Vertx vertx, String url, int limit, Duration window, RateLimiter fallback) {
        this.redis = RedisAPI.api(Redis.createClient(vertx, new RedisOptions().setConnectionString(url)
                .setMaxPoolSize(16).setMaxPoolWaiting(256)));
        this.limit = limit;
        this.window = window;
        this.fallback = fallback;
    }

    @Override
    public Future<RateLimiter.Decision> acquire(String key) {
        return redis.eval(List.of(COUNT_IN_WINDOW, "1", KEY_PREFIX + key, String.valueOf(window.toMillis())))
                .map(counted -> {
                    long count = counted.get(0).toLong();
                    long resetSeconds = Math.max(1, (counted.get(1).toLong() + 999) / 1000);
                    return new RateLimiter.Decision(count <= limit, limit, (int) Math.max(0, limit - count), resetSeconds);
                })
                .recover(failure -> {
                    LOG.warnf("Rate limits counted in memory: Redis did not answer (%s)", failure.getMessage());
                    return Future.succeededFuture(fallback.acquire(key));
                });
    }
}
