package dev.principalprep.cost.costpass;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import dev.principalprep.cost.estimate.CostCalculator;
import dev.principalprep.cost.estimate.Estimate;
import dev.principalprep.cost.estimate.Workload;
import dev.principalprep.cost.json.JsonText;
import dev.principalprep.cost.pricing.CatalogVersions;
import dev.principalprep.delivery.postgres.Outbox;
import dev.principalprep.events.CostPassGraded;
import dev.principalprep.events.Topics;
import dev.principalprep.problems.InvalidInput;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Grades a learner's own cost pass against the reference estimate of its workload (the module's catalog, latest
 * version), keeps it, and announces the score through the outbox.
 */
@ApplicationScoped
public class CostPassService {

    /** The module's rules of thumb are what the pass is practised with, so they are what it is graded against. */
    static final String REFERENCE_CATALOG = "module-9";
    private static final String INSERT = "insert into graded_cost_pass (id, owner, prompt_id, submitted, result, score, "
            + "graded_at) values ($1, $2, $3, $4, $5, $6, $7)";

    private final CatalogVersions catalogs;
    private final GradedCostPassRepository passes;
    private final Outbox outbox;
    private final JsonText json;
    private final CostCalculator calculator = new CostCalculator();
    private final CostPassGrader grader = new CostPassGrader();

    public CostPassService(CatalogVersions catalogs, GradedCostPassRepository passes, Outbox outbox, JsonText json) {
        this.catalogs = catalogs;
        this.passes = passes;
        this.outbox = outbox;
        this.json = json;
    }

    public List<PracticePrompts.PracticePrompt> prompts() {
        return PracticePrompts.ALL;
    }

    /** Grades and saves in one statement, the pass with its event (see {@link Outbox#appendWith}). */
    public Uni<CostPassView> grade(String owner, CostPassRequest request) {
        Workload workload = workload(request);
        return catalogs.require(REFERENCE_CATALOG, null).chain(catalog -> {
            Estimate reference = calculator.estimate(workload, catalog.rates());
            Grading grading = grader.grade(reference, request);
            CostPassView view = new CostPassView(UUID.randomUUID(), request.promptId(), OffsetDateTime.now(), grading,
                    reference);
            CostPassGraded event = new CostPassGraded(view.id().toString(), owner, request.promptId(),
                    grading.score(), reference.totalLow(), reference.totalHigh(), reference.catalog(),
                    reference.catalogVersion());
            return outbox.appendWith(INSERT, Arrays.asList(view.id(), owner, request.promptId(), json.write(request),
                    json.write(view), grading.score(), view.gradedAt()), Topics.COST_PASSES, view.id().toString(),
                    CostPassGraded.TYPE, owner, event)
                    .map(ignored -> view);
        });
    }

    @WithSession
    public Uni<CostPassView> get(String owner, UUID id) {
        return passes.findOwned(id, owner).map(found -> {
            if (found == null) {
                throw new NotFoundException("No cost pass " + id);
            }
            return json.read(found.result, CostPassView.class);
        });
    }

    @WithSession
    public Uni<CostPassView.Page> list(String owner, int page, int size) {
        return Uni.combine().all().unis(passes.listOwned(owner, page, size), passes.countOwned(owner)).asTuple()
                .map(found -> new CostPassView.Page(found.getItem1().stream()
                        .map(p -> new CostPassView.Summary(p.id, p.promptId, p.score, p.gradedAt)).toList(), page,
                        size, found.getItem2()));
    }

    /** Every graded pass of the owner, newest first, whole: their part of a data export. */
    @WithSession
    public Uni<List<CostPassView>> everyOwned(String owner) {
        return passes.listOwned(owner, 0, Integer.MAX_VALUE)
                .map(found -> found.stream().map(p -> json.read(p.result, CostPassView.class)).toList());
    }

    private static Workload workload(CostPassRequest request) {
        if (request.promptId() != null && request.workload() != null) {
            throw new InvalidInput("workload", "give promptId or workload, not both");
        }
        if (request.promptId() != null) {
            return PracticePrompts.find(request.promptId()).map(PracticePrompts.PracticePrompt::workload)
                    .orElseThrow(() -> new InvalidInput("promptId", "no prompt " + request.promptId()
                            + "; GET /api/v1/cost-passes/prompts lists them"));
        }
        if (request.workload() == null) {
            throw new InvalidInput("workload", "give the workload the pass is for, or a promptId");
        }
        return request.workload();
    }
}
