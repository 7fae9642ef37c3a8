package org.isnad.gateway.web;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdToken;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.isnad.gateway.config.WebConfig;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The signed-in user's side of a page request: their access token (passed on to the services), their roles,
 * the UI language (the {@code lang} query parameter, else the {@code isnad-lang} cookie, else the default)
 * and the page chrome built from them.
 */
@RequestScoped
public class WebSession {

    public static final String LANGUAGE_COOKIE = "isnad-lang";

    private final SecurityIdentity identity;
    private final Instance<AccessTokenCredential> accessToken;
    @Inject
    @IdToken
    Instance<JsonWebToken> idToken;
    private final HttpServerRequest request;
    private final UiText text;
    private final FormGuard forms;
    private final WebConfig config;

    public WebSession(SecurityIdentity identity, Instance<AccessTokenCredential> accessToken,
                      HttpServerRequest request, UiText text,
                      FormGuard forms, WebConfig config) {
        this.identity = identity;
        this.accessToken = accessToken;
        this.request = request;
        this.text = text;
        this.forms = forms;
        this.config = config;
    }

    /** The access token the services accept (audience isnad-services, realm roles). */
    public String token() {
        return accessToken.get().getToken();
    }

    public String user() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    public String language() {
        String chosen = request.getParam("lang");
        if (chosen == null) {
            io.vertx.core.http.Cookie cookie = request.getCookie(LANGUAGE_COOKIE);
            chosen = cookie == null ? null : cookie.getValue();
        }
        return chosen != null && UiText.LANGUAGES.contains(chosen) ? chosen : config.defaultLanguage();
    }

    public String t(String key) {
        return text.get(language(), key);
    }

    public void verifyForm(String presented) {
        forms.verify(subject(), session(), presented);
    }

    /** The layout's model for a page in the given menu section. */
    public Ui ui(String section) {
        String lang = language();
        String other = "ar".equals(lang) ? "en" : "ar";
        return new Ui(lang, "ar".equals(lang) ? "rtl" : "ltr", text.messages(lang), user(), has("reviewer"),
                has("editor"), has("admin"), identity.isAnonymous() ? "" : forms.token(subject(), session()), other,
                switchUrl(other), section);
    }

    private String switchUrl(String other) {
        String path = request.path();
        String query = request.query();
        StringBuilder url = new StringBuilder(path).append("?lang=").append(other);
        if (query != null) {
            for (String part : query.split("&")) {
                if (!part.startsWith("lang=") && !part.isEmpty()) {
                    url.append('&').append(part);
                }
            }
        }
        return url.toString();
    }

    private String subject() {
        JsonWebToken token = idToken.isResolvable() ? idToken.get() : null;
        return token != null && token.getSubject() != null ? token.getSubject() : user();
    }

    private String session() {
        JsonWebToken token = idToken.isResolvable() ? idToken.get() : null;
        Object sid = token == null ? null : token.getClaim("sid");
        return sid == null ? "" : URLEncoder.encode(sid.toString(), StandardCharsets.UTF_8);
    }
}
