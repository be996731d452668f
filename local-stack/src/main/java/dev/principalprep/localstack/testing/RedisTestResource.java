package dev.principalprep.localstack.testing;

import java.nio.file.Path;
import java.util.Map;

import dev.principalprep.localstack.RedisServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Redis server for the tests that need one, started for them and stopped after: its URL is given as the
 * property named by the {@code property} init argument (default {@code redis.url}) and as {@link #url()}.
 */
public class RedisTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile RedisServer server;
    private String property = "redis.url";

    public static String url() {
        return server.url();
    }

    @Override
    public void init(Map<String, String> initArgs) {
        property = initArgs.getOrDefault("property", property);
    }

    @Override
    public Map<String, String> start() {
        try {
            server = RedisServer.start(Path.of("target", "redis", "redis-server.log"));
        } catch (Exception e) {
            throw new IllegalStateException("Redis did not start", e);
        }
        return Map.of(property, server.url());
    }

    @Override
    public void stop() {
        try {
            server.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
