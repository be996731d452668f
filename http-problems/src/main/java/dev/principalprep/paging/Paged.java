package dev.principalprep.paging;

/** A page of a list: which page (from 0), how many a page holds, how many there are in all. */
public interface Paged {

    /** How every paged answer documents its Link header. */
    String LINK_DESCRIPTION = "RFC 8288 links to the first, previous, next and last pages: this request's URL with only page changed, such as <https://api.example.com/api/v1/estimates?size=20&page=1>; rel=\"next\"";

    int page();

    int size();

    long total();
}
