package dev.principalprep.cost.pricing;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.NoResultException;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class CatalogRepository implements PanacheRepository<PriceCatalog> {

    public Uni<List<PriceCatalog>> listWithRates() {
        return find("select distinct c from PriceCatalog c left join fetch c.rates order by c.name, c.version").list();
    }

    /**
     * The given version, or the latest when {@code version} is null; null when there is none. A name and version match
     * one catalog, whose rows (one per rate) Hibernate folds into it: asking for the first result instead made
     * Hibernate fetch every row and apply the limit in memory, with a warning (HHH90003004) each time.
     */
    public Uni<PriceCatalog> findWithRates(String name, Integer version) {
        PanacheQuery<PriceCatalog> query = version != null
                ? find("from PriceCatalog c left join fetch c.rates where c.name = ?1 and c.version = ?2", name, version)
                : find("from PriceCatalog c left join fetch c.rates where c.name = ?1 and c.version = "
                        + "(select max(l.version) from PriceCatalog l where l.name = ?1)", name);
        return query.<PriceCatalog> singleResult().onFailure(NoResultException.class).recoverWithNull();
    }

    public Uni<Integer> latestVersion(String name) {
        return find("select max(c.version) from PriceCatalog c where c.name = ?1", name).project(Integer.class)
                .firstResult();
    }
}
