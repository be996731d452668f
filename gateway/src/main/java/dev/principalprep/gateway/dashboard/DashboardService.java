package dev.principalprep.gateway.dashboard;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import dev.principalprep.gateway.config.GatewayConfig;
import dev.principalprep.gateway.config.UpstreamCalls;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.RequestOptions;

/**
 * The home screen in one round trip: progress per module with its hours, items, cost practice and the top skill of
 * its study plan, the next items, the story count, the latest estimates and spaced review, each part asked of its
 * service with the caller's token, in parallel. A part whose service fails is left out and named.
 */
@ApplicationScoped
public class DashboardService {

    static final String PROGRESS = "progress";
    static final String COST = "cost";
    private static final long TIMEOUT_MS = 3000;
    private static final int LATEST_ESTIMATES = 3;
    private static final int NOT_FOUND = 404;

    private final GatewayConfig config;
    private final UpstreamCalls upstreams;

    public DashboardService(GatewayConfig config, UpstreamCalls upstreams) {
        this.config = config;
        this.upstreams = upstreams;
    }

    public Uni<Dashboard> dashboard(String learner, String authorization) {
        Uni<List<ModuleParts>> modules = fetch(PROGRESS, "/api/v1/learners/me/progress", authorization)
                .onItem().ifNotNull().transformToUni(progress -> withPlans(progress, authorization));
        Uni<JsonNode> estimates = fetch(COST, "/api/v1/estimates?size=" + LATEST_ESTIMATES, authorization);
        Uni<JsonNode> review = fetch(PROGRESS, "/api/v1/learners/me/review", authorization);
        Uni<JsonNode> stories = fetch(PROGRESS, "/api/v1/learners/me/stories", authorization);
        return Uni.combine().all().unis(modules, estimates, review, stories).with((parts, page, activity, bank) -> {
            List<Dashboard.Part> missing = new ArrayList<>();
            List<Dashboard.ModuleSummary> progress = null;
            List<Dashboard.NextItem> next = null;
            if (parts == null) {
                missing.add(Dashboard.Part.PROGRESS);
                missing.add(Dashboard.Part.NEXT_ITEMS);
            } else {
                progress = new ArrayList<>();
                next = new ArrayList<>();
                for (ModuleParts module : parts) {
                    progress.add(module.summary());
                    next.addAll(DashboardParts.nextItems(module.progress()));
                    if (!module.planRead()) {
                        missing.add(Dashboard.Part.STUDY_PLAN);
                    }
                }
            }
            if (bank == null) {
                missing.add(Dashboard.Part.STORIES);
            }
            if (page == null) {
                missing.add(Dashboard.Part.LATEST_ESTIMATES);
            }
            if (activity == null) {
                missing.add(Dashboard.Part.REVIEW);
            }
            return new Dashboard(learner, progress, next, bank == null ? null : DashboardParts.stories(bank),
                    page == null ? null : DashboardParts.latestEstimates(page),
                    activity == null ? null : DashboardParts.review(activity), missing.stream().distinct().toList());
        });
    }

    /** One module's progress, with its skills plan asked of progress-service. */
    private record ModuleParts(JsonNode progress, Dashboard.ModuleSummary summary, boolean planRead) {
    }

    private Uni<List<ModuleParts>> withPlans(JsonNode progress, String authorization) {
        List<Uni<ModuleParts>> modules = new ArrayList<>();
        progress.forEach(module -> modules.add(plan(module, authorization)));
        if (modules.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Uni.join().all(modules).andFailFast();
    }

    /** A module's summary; before any assessment its plan is a 404, which is an answer, not a failure. */
    private Uni<ModuleParts> plan(JsonNode module, String authorization) {
        String path = "/api/v1/learners/me/modules/" + module.path("moduleId").asText() + "/skills/plan";
        return upstreams.answer(request(PROGRESS, path, authorization))
                .map(answer -> answer.status() == 200 && answer.body() != null
                        ? new ModuleParts(module, DashboardParts.module(module, true, DashboardParts.topSkill(answer.body())),
                                true)
                        : new ModuleParts(module, DashboardParts.module(module, false, null), answer.status() == NOT_FOUND))
                .onFailure().recoverWithItem(() -> new ModuleParts(module, DashboardParts.module(module, false, null), false));
    }

    /** The service's JSON answer, or null when it fails or does not answer in time. */
    private Uni<JsonNode> fetch(String routeId, String path, String authorization) {
        return upstreams.json(request(routeId, path, authorization)).onFailure().recoverWithNull();
    }

    private RequestOptions request(String routeId, String path, String authorization) {
        return UpstreamCalls.getAs(config.routes().get(routeId), path, TIMEOUT_MS, authorization);
    }
}
