package org.isnad.gateway.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Remembers a language chosen with {@code ?lang=} for a year, so the switch sticks across pages. */
public class LanguageCookie {

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/api/") || path.startsWith("/q/")) {
            return;
        }
        String lang = request.getUriInfo().getQueryParameters().getFirst("lang");
        if (lang != null && UiText.LANGUAGES.contains(lang)) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, WebSession.LANGUAGE_COOKIE + "=" + lang
                    + "; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly");
        }
    }
}
