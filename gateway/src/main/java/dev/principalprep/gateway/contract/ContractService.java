package dev.principalprep.gateway.contract;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.principalprep.gateway.config.GatewayConfig;
import dev.principalprep.gateway.config.UpstreamCalls;
import dev.principalprep.gateway.routing.RouteTable;
import dev.principalprep.gateway.routing.RouteTemplates;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * Keeps the public contract: each service's OpenAPI document fetched live (refreshed at most every 30 seconds),
 * else its last good copy (from an earlier fetch, or the one bundled at build), marked stale.
 */
@ApplicationScoped
public class ContractService {

    private static final Logger LOG = Logger.getLogger(ContractService.class);
    private static final Duration REFRESH = Duration.ofSeconds(30);
    private static final long FETCH_TIMEOUT_MS = 3000;
    private static final String OPENAPI = "/q/openapi?format=json";

    private final GatewayConfig config;
    private final ObjectMapper json;
    private final UpstreamCalls upstreams;
    private final ContractMerger merger;
    private final Map<String, ContractMerger.Part> lastGood = new ConcurrentHashMap<>();
    private volatile ObjectNode contract;
    private volatile Instant builtAt = Instant.EPOCH;
    private volatile RouteTemplates templates;

    public ContractService(GatewayConfig config, ObjectMapper json, UpstreamCalls upstreams) {
        this.config = config;
        this.json = json;
        this.upstreams = upstreams;
        this.merger = new ContractMerger(json, new RouteTable(config.routes(), config.composedPaths()));
        config.routes().keySet().forEach(this::loadBundledCopy);
        this.templates = RouteTemplates.of(merger.merge("Principal Prep API", "1.0", List.copyOf(lastGood.values())));
    }

    /** The path templates of the latest merged contract (at first, of the copies bundled at build). */
    public RouteTemplates templates() {
        return templates;
    }

    /** The merged contract; {@code selfPort} is where this gateway's own document is served. */
    public Uni<ObjectNode> contract(int selfPort) {
        ObjectNode current = contract;
        if (current != null && Instant.now().isBefore(builtAt.plus(REFRESH))) {
            return Uni.createFrom().item(current);
        }
        List<Uni<ContractMerger.Part>> fetches = new ArrayList<>();
        fetches.add(fetch(ContractMerger.GATEWAY,
                new RequestOptions().setMethod(HttpMethod.GET).setHost("127.0.0.1").setPort(selfPort)
                        .setURI(OPENAPI).setTimeout(FETCH_TIMEOUT_MS)));
        config.routes().forEach((id, route) -> fetches.add(fetch(id, UpstreamCalls.get(route, OPENAPI, FETCH_TIMEOUT_MS))));
        return Uni.join().all(fetches).andFailFast().map(parts -> {
            ObjectNode merged = merger.merge("Principal Prep API", "1.0", parts);
            contract = merged;
            templates = RouteTemplates.of(merged);
            builtAt = Instant.now();
            return merged;
        });
    }

    private Uni<ContractMerger.Part> fetch(String routeId, RequestOptions request) {
        return upstreams.json(request)
                .map(document -> {
                    ContractMerger.Part live = new ContractMerger.Part(routeId, document, false, Instant.now().toString());
                    lastGood.put(routeId, live);
                    return live;
                })
                .onFailure().recoverWithItem(failure -> {
                    LOG.debugf("contract of %s not fetched: %s", routeId, failure.getMessage());
                    ContractMerger.Part copy = lastGood.get(routeId);
                    return copy == null ? new ContractMerger.Part(routeId, null, true, null)
                            : new ContractMerger.Part(routeId, copy.document(), true, copy.fetchedAt());
                });
    }

    private void loadBundledCopy(String routeId) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("contracts/" + routeId + "/openapi.json")) {
            if (in != null) {
                lastGood.put(routeId, new ContractMerger.Part(routeId, json.readTree(in), true, "the gateway build"));
            }
        } catch (IOException e) {
            LOG.warnf("bundled contract of %s unreadable: %s", routeId, e.getMessage());
        }
    }
}
