package org.isnad.review.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.isnad.common.problem.ProblemException;
import org.isnad.review.repository.AuditRepository;
import org.isnad.review.repository.Rubric;
import org.isnad.review.repository.RubricRepository;
import org.isnad.review.repository.Verdict;
import org.isnad.review.rest.RubricView;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The stored, versioned review rubric: reads versions, validates and stores a new active version (audited as
 * RUBRIC_CHANGED), and validates a review's signals against the active version's signal definitions.
 *
 * <p>Definition shape: {@code {"items": [{"key", "label": {"ar","en"}, "levels": [{"value": 1..5, "label"}],
 * "signals": [{"key", "kind": boolean|integer|enum|multi, "label", "min"?, "max"?, "options"?: [{"value",
 * "label"}]}]}], "verdicts": [{"value", "label"}]}}. Items {@code sourcing} and {@code evidence} are required
 * (reviews store them as ratings), verdict options must be exactly the known verdicts.
 */
@ApplicationScoped
public class RubricService {

    public static final Set<String> SIGNAL_KINDS = Set.of("boolean", "integer", "enum", "multi");
    private static final Pattern KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,63}");
    private static final int MAX_LABEL = 500;

    private final RubricRepository rubrics;
    private final AuditRepository audit;

    public RubricService(RubricRepository rubrics, AuditRepository audit) {
        this.rubrics = rubrics;
        this.audit = audit;
    }

    public RubricView current() {
        return QuarkusTransaction.requiringNew().call(() -> rubrics.active()
                .map(RubricService::toView)
                .orElseThrow(() -> new ProblemException(404, "not-found", "Not Found", "No active rubric")));
    }

    public RubricView get(int version) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Rubric rubric = rubrics.findById(version);
            if (rubric == null) {
                throw ProblemException.notFound("Rubric", version);
            }
            return toView(rubric);
        });
    }

    /** Validates {@code definition} and stores it as version N+1, the active one. */
    public RubricView create(Map<String, Object> definition, String actor) {
        validateDefinition(definition);
        return QuarkusTransaction.requiringNew().call(() -> {
            rubrics.lockForChange();
            OffsetDateTime now = Timestamps.now();
            Integer previous = rubrics.active().map(r -> r.version).orElse(null);
            rubrics.deactivateAll();
            Rubric rubric = new Rubric();
            rubric.version = rubrics.maxVersion() + 1;
            rubric.definition = definition;
            rubric.createdBy = actor;
            rubric.createdAt = now;
            rubric.active = true;
            rubrics.persist(rubric);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("version", rubric.version);
            detail.put("previousVersion", previous);
            audit.record(now, actor, "RUBRIC_CHANGED", null, detail);
            rubrics.flush();
            return toView(rubric);
        });
    }

    /**
     * The active rubric, its version to stamp on a review, after checking {@code signals} against it: every key
     * must be a signal of the rubric and its value of the signal's kind and range. Call inside a transaction.
     */
    public int validateSignals(Map<String, Object> signals) {
        Rubric rubric = rubrics.active()
                .orElseThrow(() -> new ProblemException(409, "no-rubric", "Conflict", "No active rubric"));
        if (signals == null || signals.isEmpty()) {
            return rubric.version;
        }
        Map<String, Map<?, ?>> defs = new LinkedHashMap<>();
        for (Object item : list(rubric.definition.get("items"))) {
            for (Object signal : list(((Map<?, ?>) item).get("signals"))) {
                Map<?, ?> def = (Map<?, ?>) signal;
                defs.put((String) def.get("key"), def);
            }
        }
        for (Map.Entry<String, Object> entry : signals.entrySet()) {
            Map<?, ?> def = defs.get(entry.getKey());
            String name = "signals." + entry.getKey();
            if (def == null) {
                throw ProblemException.badRequest(name + " is not a signal of rubric version " + rubric.version);
            }
            checkValue(name, def, entry.getValue());
        }
        return rubric.version;
    }

    private static void checkValue(String name, Map<?, ?> def, Object value) {
        switch ((String) def.get("kind")) {
            case "boolean" -> {
                if (!(value instanceof Boolean)) {
                    throw ProblemException.badRequest(name + " must be true or false");
                }
            }
            case "integer" -> {
                long min = ((Number) def.get("min")).longValue();
                long max = ((Number) def.get("max")).longValue();
                if (!(value instanceof Integer || value instanceof Long)
                        || ((Number) value).longValue() < min || ((Number) value).longValue() > max) {
                    throw ProblemException.badRequest(name + " must be an integer from " + min + " to " + max);
                }
            }
            case "enum" -> {
                Set<Object> options = optionValues(def);
                if (!(value instanceof String) || !options.contains(value)) {
                    throw ProblemException.badRequest(name + " must be one of " + options);
                }
            }
            case "multi" -> {
                Set<Object> options = optionValues(def);
                if (!(value instanceof List<?> values) || values.stream().anyMatch(v -> !options.contains(v))
                        || new HashSet<>(values).size() != values.size()) {
                    throw ProblemException.badRequest(name + " must be a list of distinct values of " + options);
                }
            }
            default -> throw ProblemException.badRequest(name + " has an unknown kind");
        }
    }

    private static Set<Object> optionValues(Map<?, ?> def) {
        Set<Object> values = new java.util.LinkedHashSet<>();
        for (Object option : list(def.get("options"))) {
            values.add(((Map<?, ?>) option).get("value"));
        }
        return values;
    }

    // ---- definition validation

    static void validateDefinition(Map<String, Object> definition) {
        if (definition == null) {
            throw ProblemException.badRequest("the request body is required");
        }
        Set<String> itemKeys = new HashSet<>();
        Set<String> signalKeys = new HashSet<>();
        List<?> items = requireList(definition.get("items"), "items");
        if (items.isEmpty() || items.size() > 20) {
            throw ProblemException.badRequest("items must hold 1 to 20 items");
        }
        for (int i = 0; i < items.size(); i++) {
            String path = "items[" + i + "]";
            Map<?, ?> item = requireMap(items.get(i), path);
            String key = requireKey(item.get("key"), path + ".key");
            if (!itemKeys.add(key)) {
                throw ProblemException.badRequest(path + ".key '" + key + "' is used twice");
            }
            requireLabel(item.get("label"), path + ".label");
            List<?> levels = requireList(item.get("levels"), path + ".levels");
            if (levels.size() != 5) {
                throw ProblemException.badRequest(path + ".levels must hold the levels 1 to 5");
            }
            for (int l = 0; l < 5; l++) {
                Map<?, ?> level = requireMap(levels.get(l), path + ".levels[" + l + "]");
                if (!(level.get("value") instanceof Integer value) || value != l + 1) {
                    throw ProblemException.badRequest(path + ".levels[" + l + "].value must be " + (l + 1));
                }
                requireLabel(level.get("label"), path + ".levels[" + l + "].label");
            }
            Object signals = item.get("signals");
            List<?> signalList = signals == null ? List.of() : requireList(signals, path + ".signals");
            if (signalList.size() > 50) {
                throw ProblemException.badRequest(path + ".signals must hold at most 50 signals");
            }
            for (int s = 0; s < signalList.size(); s++) {
                validateSignal(requireMap(signalList.get(s), path + ".signals[" + s + "]"),
                        path + ".signals[" + s + "]", signalKeys);
            }
        }
        for (String required : List.of("sourcing", "evidence")) {
            if (!itemKeys.contains(required)) {
                throw ProblemException.badRequest("items must include '" + required + "'");
            }
        }
        List<?> verdicts = requireList(definition.get("verdicts"), "verdicts");
        Set<String> known = new HashSet<>(Arrays.stream(Verdict.values()).map(Enum::name).toList());
        Set<Object> seen = new HashSet<>();
        for (int v = 0; v < verdicts.size(); v++) {
            Map<?, ?> verdict = requireMap(verdicts.get(v), "verdicts[" + v + "]");
            Object value = verdict.get("value");
            if (!(value instanceof String name) || !known.contains(name) || !seen.add(value)) {
                throw ProblemException.badRequest("verdicts[" + v + "].value must be a distinct one of " + known);
            }
            requireLabel(verdict.get("label"), "verdicts[" + v + "].label");
        }
        if (!seen.equals(new HashSet<Object>(known))) {
            throw ProblemException.badRequest("verdicts must list every verdict: " + known);
        }
    }

    private static void validateSignal(Map<?, ?> signal, String path, Set<String> signalKeys) {
        String key = requireKey(signal.get("key"), path + ".key");
        if (!signalKeys.add(key)) {
            throw ProblemException.badRequest(path + ".key '" + key + "' is used twice");
        }
        requireLabel(signal.get("label"), path + ".label");
        Object kind = signal.get("kind");
        if (!(kind instanceof String k) || !SIGNAL_KINDS.contains(k)) {
            throw ProblemException.badRequest(path + ".kind must be one of " + SIGNAL_KINDS);
        }
        switch (k) {
            case "integer" -> {
                if (!(signal.get("min") instanceof Integer min) || !(signal.get("max") instanceof Integer max)
                        || min > max) {
                    throw ProblemException.badRequest(path + " needs integer min and max with min <= max");
                }
            }
            case "enum", "multi" -> {
                List<?> options = requireList(signal.get("options"), path + ".options");
                if (options.isEmpty() || options.size() > 50) {
                    throw ProblemException.badRequest(path + ".options must hold 1 to 50 options");
                }
                Set<Object> values = new HashSet<>();
                for (int o = 0; o < options.size(); o++) {
                    Map<?, ?> option = requireMap(options.get(o), path + ".options[" + o + "]");
                    if (!(option.get("value") instanceof String value) || value.isBlank() || value.length() > 100
                            || !values.add(value)) {
                        throw ProblemException.badRequest(path + ".options[" + o + "].value must be a distinct, "
                                + "non-blank string");
                    }
                    requireLabel(option.get("label"), path + ".options[" + o + "].label");
                }
            }
            default -> {
            }
        }
    }

    private static String requireKey(Object key, String path) {
        if (!(key instanceof String text) || !KEY.matcher(text).matches()) {
            throw ProblemException.badRequest(path + " must match " + KEY.pattern());
        }
        return text;
    }

    private static void requireLabel(Object label, String path) {
        Map<?, ?> map = requireMap(label, path);
        for (String language : List.of("ar", "en")) {
            if (!(map.get(language) instanceof String text) || text.isBlank() || text.length() > MAX_LABEL
                    || text.indexOf('\u0000') >= 0) {
                throw ProblemException.badRequest(path + "." + language + " is required (1 to " + MAX_LABEL
                        + " characters)");
            }
        }
    }

    private static Map<?, ?> requireMap(Object value, String path) {
        if (!(value instanceof Map<?, ?> map)) {
            throw ProblemException.badRequest(path + " must be an object");
        }
        return map;
    }

    private static List<?> requireList(Object value, String path) {
        if (!(value instanceof List<?> list)) {
            throw ProblemException.badRequest(path + " must be an array");
        }
        return list;
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    private static RubricView toView(Rubric rubric) {
        return new RubricView(rubric.version, rubric.active, rubric.createdBy, rubric.createdAt, rubric.definition);
    }
}
