package org.isnad.gateway.web;

import java.util.Map;

/**
 * What every page's layout needs: language and direction, the words in that language, who is signed in and
 * what they may do (to show only the menus they can use; the services still check every call), and the
 * form token.
 */
@io.quarkus.qute.TemplateData
public record Ui(String lang, String dir, Map<String, String> t, String user, boolean reviewer, boolean editor,
                 boolean admin, String formToken, String otherLang, String switchLanguageUrl, String section) {

    /** The translated name of a value in a group, e.g. {@code label('status', 'DISPUTED')}; the value if none. */
    public String label(String group, Object value) {
        return value == null ? "" : t.getOrDefault(group + "." + value, String.valueOf(value));
    }
}
