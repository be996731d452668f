package dev.principalprep.progress.curriculum;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class CurriculumRepository implements PanacheRepositoryBase<CurriculumModule, String> {

    public Uni<CurriculumModule> findWithItems(String moduleId) {
        return find("from CurriculumModule m left join fetch m.items where m.moduleId = ?1", moduleId).firstResult();
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
