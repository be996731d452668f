package dev.principalprep.cost.pricing;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.principalprep.problems.InvalidInput;
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

    /** Like {@link #findWithRates}, but a catalog that does not exist is the caller's error, named by field. */
    public Uni<PriceCatalog> requireWithRates(String name, Integer version) {
        return findWithRates(name, version).map(catalog -> {
            if (catalog == null) {
                throw new InvalidInput("catalog", "no catalog " + name + (version == null ? "" : " v" + version));
            }
            return catalog;
        });
    }

    public Uni<Integer> latestVersion(String name) {
        return find("select max(c.version) from PriceCatalog c where c.name = ?1", name).project(Integer.class)
                .firstResult();
    }
}
