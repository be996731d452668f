package dev.principalprep.gateway.routing;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import dev.principalprep.gateway.config.GatewayConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * The rate limits in force: in Redis when {@code gateway.rate-limit.redis-url} is set (several replicas share one
 * budget per client), else in this gateway's memory (the default, right for one replica).
 */
@ApplicationScoped
public class RateLimitsProducer {

    @Produces
    @ApplicationScoped
    RateLimits rateLimits(GatewayConfig config, Vertx vertx) {
        GatewayConfig.RateLimit limit = config.rateLimit();
        RateLimiter memory = new RateLimiter(limit.requests(), limit.window(), Clock.systemUTC());
        if (limit.redisUrl().isPresent()) {
            return new RedisRateLimits(vertx, limit.redisUrl().get(), limit.requests(), limit.window(), memory);
        }
        return key -> Future.succeededFuture(memory.acquire(key));
    }
}
