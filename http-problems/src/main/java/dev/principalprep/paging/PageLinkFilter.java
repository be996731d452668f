package dev.principalprep.paging;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Adds the {@code Link} header ({@link PageLinks}) to every paged answer ({@link Paged}) of every service, built on the
 * request's public URL as the gateway forwarded it.
 */
public class PageLinkFilter {

    @ServerResponseFilter
    public void link(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Paged page) {
            response.getHeaders().add(HttpHeaders.LINK,
                    PageLinks.header(request.getUriInfo().getRequestUri(), page.page(), page.size(), page.total()));
        }
    }
}
