package dev.principalprep.cost.pricing;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class CatalogRepository implements PanacheRepository<PriceCatalog> {

    public Uni<List<PriceCatalog>> listWithRates() {
        return find("select distinct c from PriceCatalog c left join fetch c.rates order by c.name, c.version").list();
    }

    /** The given version, or the latest when {@code version} is null; null when there is none. */
    public Uni<PriceCatalog> findWithRates(String name, Integer version) {
        if (version != null) {
            return find("from PriceCatalog c left join fetch c.rates where c.name = ?1 and c.version = ?2", name, version)
                    .firstResult();
        }
        return find("from PriceCatalog c left join fetch c.rates where c.name = ?1 and c.version = "
                + "(select max(l.version) from PriceCatalog l where l.name = ?1)", name).firstResult();
    }

    public Uni<Integer> latestVersion(String name) {
        return find("select max(c.version) from PriceCatalog c where c.name = ?1", name).project(Integer.class)
                .firstResult();
    }
}
