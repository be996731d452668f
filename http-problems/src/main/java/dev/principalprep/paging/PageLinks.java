package dev.principalprep.paging;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 8288 {@code Link} header values for a page of a list: {@code first}, {@code prev}, {@code next} and
 * {@code last}, each the request's own URL with only {@code page} changed.
 */
final class PageLinks {

    static final String PAGE = "page";

    private PageLinks() {
    }

    /** The Link header value for a page of a list of {@code total} entries, {@code size} a page. */
    static String header(URI request, int page, int size, long total) {
        long last = Math.max(0, (total - 1) / size);
        List<String> links = new ArrayList<>();
        links.add(link(request, 0, "first"));
        if (page > 0) {
            links.add(link(request, Math.min(page - 1, last), "prev"));
        }
        if (page < last) {
            links.add(link(request, page + 1, "next"));
        }
        links.add(link(request, last, "last"));
        return String.join(", ", links);
    }

    private static String link(URI request, long page, String rel) {
        String query = request.getRawQuery() == null ? ""
                : Arrays.stream(request.getRawQuery().split("&"))
                        .filter(parameter -> !parameter.isEmpty() && !parameter.split("=", 2)[0].equals(PAGE))
                        .collect(Collectors.joining("&", "", "&"));
        String base = request.toString();
        int cut = base.indexOf('?');
        return "<" + (cut < 0 ? base : base.substring(0, cut)) + "?" + query + PAGE + "=" + page + ">; rel=\"" + rel + "\"";
    }
}
