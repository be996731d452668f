package dev.principalprep.content.search;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.principalprep.paging.Paged;

/** One page of a search's hits, with how many there are in all. */
@Schema(name = "SearchResults")
public record SearchResults(@Schema(description = "the query as sent") String query,
        @Schema(description = "the hits on this page, best first") List<ContentSearch.Hit> items,
        @Schema(description = "this page's number, from 0") int page,
        @Schema(description = "the most hits a page holds") int size,
        @Schema(description = "how many hits there are in all") long total) implements Paged {

    /** The page of {@code hits} at {@code page}, {@code size} a page (empty past the last). */
    static SearchResults page(String query, List<ContentSearch.Hit> hits, int page, int size) {
        int from = (int) Math.min((long) page * size, hits.size());
        return new SearchResults(query, hits.subList(from, Math.min(from + size, hits.size())), page, size, hits.size());
    }
}
