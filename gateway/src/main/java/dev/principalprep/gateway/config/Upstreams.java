package dev.principalprep.gateway.config;

import java.net.URI;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/** A GET to one of the services, for the gateway's own calls (contract, health, dashboard, export). */
public final class Upstreams {

    private Upstreams() {
    }

    public static RequestOptions get(GatewayConfig.Route route, String path, long timeoutMillis) {
        return get(route.uri(), path, timeoutMillis);
    }

    /** A GET to another address of the service, such as its management interface. */
    public static RequestOptions get(URI base, String path, long timeoutMillis) {
        return new RequestOptions().setMethod(HttpMethod.GET).setHost(base.getHost())
                .setPort(base.getPort() > 0 ? base.getPort() : 80).setURI(path).setTimeout(timeoutMillis);
    }
}
