package dev.principalprep.progress.curriculum;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class CurriculumRepository implements PanacheRepositoryBase<CurriculumModule, String> {

    public Uni<CurriculumModule> findWithItems(String moduleId) {
        return find("from CurriculumModule m left join fetch m.items where m.moduleId = ?1", moduleId).firstResult();
    }

    public Uni<List<CurriculumModule>> listWithItems() {
        return find("select distinct m from CurriculumModule m left join fetch m.items order by m.moduleId").list();
    }
}
