package org.isnad.gateway.web;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The UI's words in Arabic and English ({@code ui/messages_<lang>.properties}, UTF-8). Templates read them as
 * {@code {t.key}}; a key missing from one language is a build-breaking mistake, caught by a test.
 */
@ApplicationScoped
public class UiText {

    public static final List<String> LANGUAGES = List.of("ar", "en");

    private final Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();

    public UiText() {
        for (String language : LANGUAGES) {
            byLanguage.put(language, Collections.unmodifiableMap(load(language)));
        }
    }

    /** Every message in the given language (Arabic for anything else). */
    public Map<String, String> messages(String language) {
        return byLanguage.getOrDefault(language, byLanguage.get("ar"));
    }

    public String get(String language, String key) {
        return messages(language).getOrDefault(key, key);
    }

    static Map<String, String> load(String language) {
        String resource = "ui/messages_" + language + ".properties";
        try (InputStream in = UiText.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> messages = new LinkedHashMap<>();
            properties.stringPropertyNames().stream().sorted()
                    .forEach(key -> messages.put(key, properties.getProperty(key)));
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
