package org.isnad.gateway.web;

import io.quarkus.qute.TemplateData;

import java.util.List;
import java.util.Map;

/** What the user entered in a form that was refused, so the page can show it again instead of losing it. */
@TemplateData
public class FormValues {

    private final Map<String, List<String>> values;

    public FormValues(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The first value entered for a field, or "" when none. */
    public String value(String field) {
        List<String> entered = values.get(field);
        return entered == null || entered.isEmpty() || entered.get(0) == null ? "" : entered.get(0);
    }

    /** {@link #value(String)} of the field {@code prefix + "." + name} (fields of generated forms). */
    public String valueOf(String prefix, Object name) {
        return value(prefix + "." + name);
    }

    /** {@link #chosen(String, Object)} for the field {@code prefix + "." + name}. */
    public boolean chosenIn(String prefix, Object name, Object option) {
        return chosen(prefix + "." + name, option);
    }

    /** Whether {@code option} was chosen for a field (radio buttons, check boxes, selects). */
    public boolean chosen(String field, Object option) {
        List<String> entered = values.get(field);
        return entered != null && entered.contains(String.valueOf(option));
    }
}
