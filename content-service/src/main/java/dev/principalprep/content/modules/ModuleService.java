package dev.principalprep.content.modules;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;

import io.smallrye.mutiny.Uni;

/** Reads published modules. */
@ApplicationScoped
public class ModuleService {

    private final ModuleRepository repository;

    public ModuleService(ModuleRepository repository) {
        this.repository = repository;
    }

    public Uni<Page<ModuleSummaryView>> listPublished(PageRequest request) {
        return Uni.combine().all()
                .unis(repository.findPublished(request.offset(), request.size()), repository.countPublished())
                .asTuple()
                .map(found -> new Page<>(found.getItem1().stream().map(ModuleService::summary).toList(),
                        request.page(), request.size(), found.getItem2()));
    }

    static ModuleSummaryView summary(Document module) {
        Document hours = module.get("estimatedHours", Document.class);
        return new ModuleSummaryView(module.getString("_id"), module.getString("title"), module.getInteger("version"),
                new ModuleSummaryView.HoursRange(hours.getInteger("min"), hours.getInteger("max")));
    }
}
