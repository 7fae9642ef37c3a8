package org.isnad.gateway.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the rubric form the work page rendered into the review API's body. The form is generated from the
 * stored rubric, so this reads the same definition: each item's rating ({@code rating.<item>}), each
 * signal by its kind ({@code signal.<key>}), the verdict suggestion, evidence links (one per line) and notes.
 * It does not validate beyond types: the review service owns the rules and its problem comes back to the page.
 */
public final class ReviewForm {

    private ReviewForm() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> toReview(Map<String, Object> rubric, Map<String, List<String>> form) {
        Map<String, Object> ratings = new LinkedHashMap<>();
        Map<String, Object> signals = new LinkedHashMap<>();
        for (Object element : (List<Object>) rubric.getOrDefault("items", List.of())) {
            Map<String, Object> item = (Map<String, Object>) element;
            String key = String.valueOf(item.get("key"));
            ratings.put(key, integer(first(form, "rating." + key)));
            for (Object signalElement : (List<Object>) item.getOrDefault("signals", List.of())) {
                Map<String, Object> signal = (Map<String, Object>) signalElement;
                String name = String.valueOf(signal.get("key"));
                Object value = signalValue(String.valueOf(signal.get("kind")), form.get("signal." + name));
                if (value != null) {
                    signals.put(name, value);
                }
            }
        }
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("ratings", ratings);
        review.put("signals", signals);
        review.put("verdict", blankToNull(first(form, "verdict")));
        review.put("evidenceLinks", lines(first(form, "evidenceLinks")));
        String notes = blankToNull(first(form, "notes"));
        if (notes != null) {
            review.put("notes", notes);
        }
        return review;
    }

    private static Object signalValue(String kind, List<String> values) {
        List<String> given = values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank())
                .map(String::strip).toList();
        return switch (kind) {
            case "boolean" -> given.contains("true");
            case "multi" -> given.isEmpty() ? null : given;
            case "integer" -> given.isEmpty() ? null : integer(given.get(0));
            default -> given.isEmpty() ? null : given.get(0);
        };
    }

    private static List<String> lines(String text) {
        List<String> links = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    links.add(line.strip());
                }
            }
        }
        return links;
    }

    private static Integer integer(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
