package dev.principalprep.progress.curriculum;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.NoResultException;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class CurriculumRepository implements PanacheRepositoryBase<CurriculumModule, String> {

    /**
     * The module with its items, or null. One module matches, whose rows (one per item) Hibernate folds into it: asking
     * for the first result instead made Hibernate fetch every row and apply the limit in memory, with a warning
     * (HHH90003004) each time.
     */
    public Uni<CurriculumModule> findWithItems(String moduleId) {
        return find("from CurriculumModule m left join fetch m.items where m.moduleId = ?1", moduleId)
                .<CurriculumModule> singleResult().onFailure(NoResultException.class).recoverWithNull();
    }

    /** The module with its items; 404 when the curriculum has no such module. */
    public Uni<CurriculumModule> requireWithItems(String moduleId) {
        return findWithItems(moduleId).map(module -> {
            if (module == null) {
                throw new NotFoundException("No module " + moduleId + " in the curriculum");
            }
            return module;
        });
    }

    public Uni<List<CurriculumModule>> listWithItems() {
        return find("select distinct m from CurriculumModule m left join fetch m.items order by m.moduleId").list();
    }
}
