package dev.principalprep.content.search;

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

    public Uni<SearchResults> search(String query, int page, int size) {
        return modules.listPublished(PageRequest.of(0, MAX_MODULES))
                .onItem().transformToMulti(listed -> Multi.createFrom().iterable(listed.items()))
                .onItem().transformToUniAndConcatenate(summary -> modules.published(summary.id()))
                .map(published -> published.content())
                .collect().asList()
                .map(contents -> SearchResults.page(query, ContentSearch.search(contents, query), page, size));
    }
}
