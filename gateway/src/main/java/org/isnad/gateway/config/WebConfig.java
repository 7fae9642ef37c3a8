package org.isnad.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** The reviewer/editor/admin web UI served by the gateway. */
@ConfigMapping(prefix = "isnad.web")
public interface WebConfig {

    /** Language of a visitor who has not chosen one (ar or en); the UI is Arabic-first. */
    @WithDefault("ar")
    String defaultLanguage();

    /**
     * Secret the forms' anti-forgery tokens are signed with. Unset: a random secret per process, so a form
     * rendered before a restart is refused after it (the page says so and the user reloads).
     */
    Optional<String> formSecret();

    /** Claims per page in editor and admin lists. */
    @WithDefault("25")
    int pageSize();
}
