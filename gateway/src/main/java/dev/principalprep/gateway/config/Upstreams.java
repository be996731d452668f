package dev.principalprep.gateway.config;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/** A GET to one of the services, for the gateway's own calls (contract, health, dashboard). */
public final class Upstreams {

    private Upstreams() {
    }

    public static RequestOptions get(GatewayConfig.Route route, String path, long timeoutMillis) {
        return new RequestOptions().setMethod(HttpMethod.GET).setHost(route.uri().getHost())
                .setPort(route.uri().getPort() > 0 ? route.uri().getPort() : 80).setURI(path).setTimeout(timeoutMillis);
    }
}
