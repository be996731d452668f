package dev.principalprep.gateway.dashboard;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.principalprep.gateway.upstream.UpstreamJson;
import io.smallrye.mutiny.Uni;

/**
 * The mobile home screen in one round trip: the learner's progress per module, the next item of each, the latest
 * estimates and their spaced review (streak, cards due, the week ahead), each part asked of its service with the
 * caller's token. A part whose service fails is left out and named.
 */
@ApplicationScoped
public class DashboardService {

    static final String PROGRESS = "progress";
    static final String COST = "cost";
    private static final long TIMEOUT_MS = 3000;
    private static final int LATEST_ESTIMATES = 3;

    private final ObjectMapper json;
    private final UpstreamJson upstream;

    public DashboardService(ObjectMapper json, UpstreamJson upstream) {
        this.json = json;
        this.upstream = upstream;
    }

    public Uni<ObjectNode> dashboard(String learner, String authorization) {
        Uni<JsonNode> progress = fetch(PROGRESS, "/api/v1/learners/me/progress", authorization);
        Uni<JsonNode> estimates = fetch(COST, "/api/v1/estimates?size=" + LATEST_ESTIMATES, authorization);
        Uni<JsonNode> review = fetch(PROGRESS, "/api/v1/learners/me/review", authorization);
        return Uni.combine().all().unis(progress, estimates, review).asTuple().map(parts -> {
            ObjectNode dashboard = json.createObjectNode().put("learner", learner);
            List<String> missing = new ArrayList<>();
            JsonNode modules = parts.getItem1();
            if (modules == null) {
                missing.add("progress");
                missing.add("nextItems");
            } else {
                ArrayNode summaries = dashboard.putArray("progress");
                ArrayNode next = dashboard.putArray("nextItems");
                modules.forEach(module -> {
                    summaries.addObject().put("moduleId", module.path("moduleId").asText())
                            .put("title", module.path("title").asText())
                            .put("percentComplete", module.path("percentComplete").decimalValue())
                            .put("minutesSpent", module.path("minutesSpent").asInt())
                            .put("minutesRemaining", module.path("minutesRemaining").asInt());
                    if (module.hasNonNull("nextItem")) {
                        ObjectNode item = next.addObject().put("moduleId", module.path("moduleId").asText());
                        item.setAll((ObjectNode) module.get("nextItem"));
                    }
                });
            }
            JsonNode page = parts.getItem2();
            if (page == null) {
                missing.add("latestEstimates");
            } else {
                dashboard.set("latestEstimates", page.path("items"));
            }
            JsonNode activity = parts.getItem3();
            if (activity == null) {
                missing.add("review");
            } else {
                ObjectNode summary = dashboard.putObject("review").put("streakDays", activity.path("streakDays").asInt())
                        .put("reviewedToday", activity.path("reviewedToday").asInt())
                        .put("dueToday", activity.path("dueToday").asInt())
                        .put("newCards", activity.path("newCards").asInt());
                summary.set("forecast", activity.path("forecast"));
            }
            ArrayNode missingParts = dashboard.putArray("missing");
            missing.forEach(missingParts::add);
            return dashboard;
        });
    }

    /** The service's JSON answer, or null when it fails or does not answer in time. */
    private Uni<JsonNode> fetch(String routeId, String path, String authorization) {
        return upstream.get(routeId, path, authorization, TIMEOUT_MS).onFailure().recoverWithNull();
    }
}
