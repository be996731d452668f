package dev.principalprep.content.search;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.principalprep.content.modules.ModuleService;
import dev.principalprep.content.modules.PageRequest;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Searches the latest published version of every module. */
@ApplicationScoped
public class SearchService {

    private static final int MAX_MODULES = 100;

    private final ModuleService modules;

    public SearchService(ModuleService modules) {
        this.modules = modules;
    }

    public Uni<List<ContentSearch.Hit>> search(String query, int limit) {
        return modules.listPublished(PageRequest.of(0, MAX_MODULES))
                .onItem().transformToMulti(page -> Multi.createFrom().iterable(page.items()))
                .onItem().transformToUniAndConcatenate(summary -> modules.published(summary.id()))
                .map(published -> published.content())
                .collect().asList()
                .map(contents -> ContentSearch.search(contents, query, limit));
    }
}
