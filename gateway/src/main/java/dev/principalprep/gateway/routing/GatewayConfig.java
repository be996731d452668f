package dev.principalprep.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

/** The routing table: which service owns which public path prefixes. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Routes by id ({@code content}, {@code cost}, {@code progress}). */
    Map<String, Route> routes();

    /** One upstream service and the path prefixes it answers. */
    interface Route {

        /** Base URI of the service, such as {@code http://127.0.0.1:8081}. */
        URI uri();

        /** Public path prefixes, such as {@code /api/v1/modules}; a prefix matches itself and what lies below it. */
        List<String> paths();
    }
}
