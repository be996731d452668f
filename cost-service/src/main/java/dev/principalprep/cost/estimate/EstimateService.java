package dev.principalprep.cost.estimate;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import dev.principalprep.cost.json.JsonText;
import dev.principalprep.cost.pricing.CatalogVersions;
import dev.principalprep.delivery.postgres.Outbox;
import dev.principalprep.events.EstimateCreated;
import dev.principalprep.events.Topics;
import dev.principalprep.problems.InvalidInput;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Prices workloads and keeps each owner's estimates; announces each saved estimate through the outbox. */
@ApplicationScoped
public class EstimateService {

    static final String DEFAULT_CATALOG = "module-9";
    private static final String INSERT = "insert into estimate (id, owner, name, preset, catalog_id, workload, result, "
            + "total_low, total_high, created_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";

    private final CatalogVersions catalogs;
    private final EstimateRepository estimates;
    private final Outbox outbox;
    private final JsonText json;
    private final CostCalculator calculator = new CostCalculator();

    public EstimateService(CatalogVersions catalogs, EstimateRepository estimates, Outbox outbox, JsonText json) {
        this.catalogs = catalogs;
        this.estimates = estimates;
        this.outbox = outbox;
        this.json = json;
    }

    /**
     * Prices and saves in one statement, the estimate with its event (see {@link Outbox#appendWith}); the catalog
     * comes from memory (versions never change), so a write makes one round trip to the database and opens no session.
     */
    public Uni<EstimateView> create(String owner, EstimateRequest request) {
        Presets.Preset preset = request.preset() == null ? null
                : Presets.find(request.preset())
                        .orElseThrow(() -> new InvalidInput("preset", "no preset " + request.preset()
                                + "; GET /api/v1/estimates/presets lists them"));
        Workload workload = preset != null ? preset.workload().overriddenBy(request.workload()) : request.workload();
        if (workload == null) {
            throw new InvalidInput("workload", "give a workload, a preset, or both");
        }
        String catalogName = request.catalog() != null && request.catalog().name() != null ? request.catalog().name()
                : preset != null ? preset.catalog() : DEFAULT_CATALOG;
        Integer version = request.catalog() == null ? null : request.catalog().version();
        return catalogs.require(catalogName, version).chain(catalog -> {
            RateCard rates = catalog.rates();
            Estimate result = calculator.estimate(workload, rates);
            UUID id = UUID.randomUUID();
            String name = request.name() != null && !request.name().isBlank() ? request.name().strip()
                    : preset != null ? preset.title() : "Estimate";
            String presetId = preset == null ? null : preset.id();
            String workloadJson = json.write(workload);
            String resultJson = json.write(result);
            OffsetDateTime createdAt = OffsetDateTime.now();
            EstimateCreated event = new EstimateCreated(id.toString(), owner, result.totalLow(), result.totalHigh(),
                    rates.catalog(), rates.version());
            return outbox.appendWith(INSERT, Arrays.asList(id, owner, name, presetId, catalog.id(), workloadJson,
                    resultJson, result.totalLow(), result.totalHigh(), createdAt),
                    Topics.COST_ESTIMATES, id.toString(), EstimateCreated.TYPE, owner, event)
                    // Answered from the values just priced: what was stored is their JSON, read back the same.
                    .map(ignored -> new EstimateView(id, name, presetId, createdAt, workload, result));
        });
    }

    @WithSession
    public Uni<EstimateView> get(String owner, UUID id) {
        return estimates.findOwned(id, owner).map(found -> {
            if (found == null) {
                throw new NotFoundException("No estimate " + id);
            }
            return view(found);
        });
    }

    @WithSession
    public Uni<EstimateView.Page> list(String owner, int page, int size) {
        return Uni.combine().all().unis(estimates.listOwned(owner, page, size), estimates.countOwned(owner)).asTuple()
                .map(found -> new EstimateView.Page(found.getItem1().stream()
                        .map(e -> new EstimateView.Summary(e.id, e.name, e.catalog.name, e.catalog.version, e.totalLow,
                                e.totalHigh, e.createdAt))
                        .toList(), page, size, found.getItem2()));
    }

    /** Every estimate of the owner, newest first, whole: their part of a data export. */
    @WithSession
    public Uni<List<EstimateView>> everyOwned(String owner) {
        return estimates.listOwned(owner, 0, Integer.MAX_VALUE).map(found -> found.stream().map(this::view).toList());
    }

    @WithTransaction
    public Uni<EstimateView> rename(String owner, UUID id, String name) {
        return estimates.findOwned(id, owner).map(found -> {
            if (found == null) {
                throw new NotFoundException("No estimate " + id);
            }
            found.name = name.strip();
            return view(found);
        });
    }

    @WithTransaction
    public Uni<Void> delete(String owner, UUID id) {
        return estimates.delete("id = ?1 and owner = ?2", id, owner).map(deleted -> {
            if (deleted == 0) {
                throw new NotFoundException("No estimate " + id);
            }
            return null;
        });
    }

    public Uni<EstimateDiff> diff(String owner, UUID base, UUID other) {
        return get(owner, base).chain(a -> get(owner, other)
                .map(b -> EstimateDiff.between(a.id(), a.result(), b.id(), b.result())));
    }

    private EstimateView view(SavedEstimate saved) {
        return new EstimateView(saved.id, saved.name, saved.preset, saved.createdAt, json.read(saved.workload, Workload.class),
                json.read(saved.result, Estimate.class));
    }
}
