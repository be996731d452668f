package dev.principalprep.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;

import org.junit.jupiter.api.Test;

class PageLinksTest {

    private static final URI LIST = URI.create("https://api.example.com/prep/api/v1/estimates?size=2&page=1");

    @Test
    void aMiddlePageLinksEveryWay() {
        assertEquals("<https://api.example.com/prep/api/v1/estimates?size=2&page=0>; rel=\"first\", "
                + "<https://api.example.com/prep/api/v1/estimates?size=2&page=0>; rel=\"prev\", "
                + "<https://api.example.com/prep/api/v1/estimates?size=2&page=2>; rel=\"next\", "
                + "<https://api.example.com/prep/api/v1/estimates?size=2&page=2>; rel=\"last\"",
                PageLinks.header(LIST, 1, 2, 5));
    }

    @Test
    void theFirstAndLastPagesHaveNoPrevOrNext() {
        URI first = URI.create("http://h/api/v1/modules");
        assertEquals("<http://h/api/v1/modules?page=0>; rel=\"first\", <http://h/api/v1/modules?page=1>; rel=\"next\", "
                + "<http://h/api/v1/modules?page=1>; rel=\"last\"", PageLinks.header(first, 0, 20, 21));
        assertEquals("<http://h/api/v1/modules?page=0>; rel=\"first\", <http://h/api/v1/modules?page=0>; rel=\"prev\", "
                + "<http://h/api/v1/modules?page=1>; rel=\"last\"", PageLinks.header(first, 1, 20, 40));
    }

    @Test
    void anEmptyListHasOnePageAndAPageBeyondPointsBackToTheLast() {
        URI search = URI.create("http://h/api/v1/search?q=spot%20savings&&page=9");
        assertEquals("<http://h/api/v1/search?q=spot%20savings&page=0>; rel=\"first\", "
                + "<http://h/api/v1/search?q=spot%20savings&page=0>; rel=\"last\"", PageLinks.header(search, 0, 10, 0));
        assertEquals("<http://h/api/v1/search?q=spot%20savings&page=0>; rel=\"first\", "
                + "<http://h/api/v1/search?q=spot%20savings&page=0>; rel=\"prev\", "
                + "<http://h/api/v1/search?q=spot%20savings&page=0>; rel=\"last\"", PageLinks.header(search, 9, 10, 10));
    }

    @Test
    void onlyThePageParameterIsReplaced() {
        URI list = URI.create("http://h/l?pages=3&page=2&page=4&size=1");
        assertEquals("<http://h/l?pages=3&size=1&page=0>; rel=\"first\", <http://h/l?pages=3&size=1&page=1>; rel=\"prev\", "
                + "<http://h/l?pages=3&size=1&page=3>; rel=\"next\", <http://h/l?pages=3&size=1&page=3>; rel=\"last\"",
                PageLinks.header(list, 2, 1, 4));
    }
}
