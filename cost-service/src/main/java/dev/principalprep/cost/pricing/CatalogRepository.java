package dev.principalprep.cost.pricing;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class CatalogRepository implements PanacheRepository<PriceCatalog> {

    public Uni<List<PriceCatalog>> listWithRates() {
        return find("select distinct c from PriceCatalog c left join fetch c.rates order by c.name, c.version").list();
    }
}
