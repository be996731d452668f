package dev.principalprep.cost.estimate;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class EstimateRepository implements PanacheRepositoryBase<SavedEstimate, UUID> {

    /** Null unless the estimate exists and belongs to the owner: another's estimate is indistinguishable from none. */
    public Uni<SavedEstimate> findOwned(UUID id, String owner) {
        return find("from SavedEstimate e join fetch e.catalog where e.id = ?1 and e.owner = ?2", id, owner).firstResult();
    }

    public Uni<List<SavedEstimate>> listOwned(String owner, int page, int size) {
        return find("from SavedEstimate e join fetch e.catalog where e.owner = ?1 order by e.createdAt desc, e.id", owner)
                .page(page, size).list();
    }

    public Uni<Long> countOwned(String owner) {
        return count("owner", owner);
    }
}
