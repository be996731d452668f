package dev.principalprep.gateway.learnerdata;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.principalprep.gateway.config.GatewayConfig;
import dev.principalprep.gateway.config.UpstreamCalls;
import io.smallrye.mutiny.Uni;

/**
 * A learner's export: each service that holds learner data asked for its part, with the caller's token, at once; one
 * document with each part under the service that gave it. All or nothing: if a service fails, the export fails
 * naming it ({@link PartMissing}), since an export that silently lacks a part would read as complete.
 */
@ApplicationScoped
public class LearnerExportService {

    private final GatewayConfig config;
    private final UpstreamCalls upstreams;
    private final ObjectMapper json;
    private final Clock clock;

    public LearnerExportService(GatewayConfig config, UpstreamCalls upstreams, ObjectMapper json) {
        this.config = config;
        this.upstreams = upstreams;
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    /** One service's part, or the reason it has none. */
    private record Part(String service, JsonNode data, String failure) {
    }

    /** The export of {@code learner} as the path names them ({@code me}, or a learner id for an ld-admin). */
    public Uni<ObjectNode> export(String learner, String learnerPath, String authorization) {
        List<Uni<Part>> asked = new ArrayList<>();
        for (String service : config.learnerDataRoutes()) {
            GatewayConfig.Route route = config.routes().get(service);
            asked.add(upstreams.json(UpstreamCalls.getAs(route, "/api/v1/learners/" + learnerPath + "/export",
                    route.timeout().toMillis(), authorization))
                    .map(data -> new Part(service, data, null))
                    .onFailure().recoverWithItem(failure -> new Part(service, null, failure.getMessage())));
        }
        return Uni.join().all(asked).andFailFast().map(parts -> {
            List<String> missing = parts.stream().filter(part -> part.data() == null).map(Part::service).toList();
            if (!missing.isEmpty()) {
                throw new PartMissing(missing);
            }
            ObjectNode document = json.createObjectNode().put("learnerId", learner)
                    .put("exportedAt", clock.instant().toString());
            ObjectNode services = document.putObject("services");
            parts.forEach(part -> services.set(part.service(), part.data()));
            return document;
        });
    }

    /** A service that holds learner data did not give its part. */
    public static final class PartMissing extends RuntimeException {

        PartMissing(List<String> services) {
            super("No export from " + String.join(", ", services) + " for now: retry shortly");
        }
    }
}
