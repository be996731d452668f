package dev.principalprep.cost.costpass;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class GradedCostPassRepository implements PanacheRepositoryBase<GradedCostPass, UUID> {

    /** Null unless the pass exists and belongs to the owner: another's pass is indistinguishable from none. */
    public Uni<GradedCostPass> findOwned(UUID id, String owner) {
        return find("id = ?1 and owner = ?2", id, owner).firstResult();
    }

    public Uni<List<GradedCostPass>> listOwned(String owner, int page, int size) {
        return find("owner = ?1 order by gradedAt desc, id", owner).page(page, size).list();
    }

    public Uni<Long> countOwned(String owner) {
        return count("owner", owner);
    }
}
