package dev.principalprep.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.principalprep.gateway.config.GatewayConfig;

/** Routes as the configuration would give them, for tests of plain classes. */
public final class Routes {

    private Routes() {
    }

    public static GatewayConfig.Route route(String uri, String... paths) {
        return new GatewayConfig.Route() {
            @Override
            public URI uri() {
                return URI.create(uri);
            }

            @Override
            public List<String> paths() {
                return List.of(paths);
            }

            @Override
            public Optional<URI> managementUri() {
                return Optional.empty();
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(5);
            }
        };
    }
}
