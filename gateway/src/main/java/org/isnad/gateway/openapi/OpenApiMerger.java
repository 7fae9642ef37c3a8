package org.isnad.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Merges the services' OpenAPI documents into the gateway's own, as JSON trees. Rules:
 * <ul>
 *   <li>only paths a source's filter accepts are taken (the public API, {@code /api/v1/...}, that the gateway
 *       routes to that service); a path already present stays as it is (the gateway, then earlier services,
 *       win) and the clash is listed under {@code x-isnad-merge.conflicts};</li>
 *   <li>components of every kind are added by name; a name already taken by a different definition is renamed
 *       {@code <source>_<name>} and every {@code $ref} to it inside that source is rewritten;</li>
 *   <li>tags are united by name; a source that could not be fetched is listed under
 *       {@code x-isnad-merge.unavailable};</li>
 *   <li>the bearer (JWT) and OpenID Connect security schemes are declared and bearer is the default
 *       requirement.</li>
 * </ul>
 * Inputs are not modified.
 */
public final class OpenApiMerger {

    /** One service's document ({@code null} when it could not be fetched) and which of its paths are public. */
    public record Source(String name, JsonNode document, Predicate<String> publicPath) {
    }

    public static final String BEARER = "bearer";
    public static final String OIDC = "oidc";
    private static final String REF_PREFIX = "#/components/";

    private final String openIdConfigurationUrl;

    public OpenApiMerger(String openIdConfigurationUrl) {
        this.openIdConfigurationUrl = openIdConfigurationUrl;
    }

    public ObjectNode merge(JsonNode gateway, List<Source> sources) {
        ObjectNode merged = gateway != null && gateway.isObject() ? ((ObjectNode) gateway).deepCopy()
                : JsonNodeFactory.instance.objectNode().put("openapi", "3.1.0");
        ObjectNode paths = object(merged, "paths");
        ObjectNode components = object(merged, "components");
        ArrayNode conflicts = JsonNodeFactory.instance.arrayNode();
        ArrayNode unavailable = JsonNodeFactory.instance.arrayNode();
        for (Source source : sources) {
            if (source.document() == null || !source.document().isObject()) {
                unavailable.add(source.name());
                continue;
            }
            JsonNode document = renameClashingComponents(source, components);
            addComponents(document.path("components"), components);
            Iterator<Map.Entry<String, JsonNode>> entries = document.path("paths").fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                if (!source.publicPath().test(entry.getKey())) {
                    continue;
                }
                if (paths.has(entry.getKey())) {
                    conflicts.add(source.name() + " " + entry.getKey());
                } else {
                    paths.set(entry.getKey(), entry.getValue().deepCopy());
                }
            }
            addTags(document.path("tags"), merged);
        }
        sortPaths(merged);
        declareSecurity(merged, components);
        ObjectNode report = merged.putObject("x-isnad-merge");
        report.set("unavailable", unavailable);
        report.set("conflicts", conflicts);
        return merged;
    }

    /** A copy of the source's document whose clashing component names are prefixed, with its refs rewritten. */
    private static JsonNode renameClashingComponents(Source source, ObjectNode existing) {
        Map<String, String> renames = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> kinds = source.document().path("components").fields();
        while (kinds.hasNext()) {
            Map.Entry<String, JsonNode> kind = kinds.next();
            Iterator<Map.Entry<String, JsonNode>> named = kind.getValue().fields();
            while (named.hasNext()) {
                Map.Entry<String, JsonNode> component = named.next();
                JsonNode taken = existing.path(kind.getKey()).get(component.getKey());
                if (taken != null && !taken.equals(component.getValue())) {
                    renames.put(REF_PREFIX + kind.getKey() + "/" + component.getKey(),
                            source.name() + "_" + component.getKey());
                }
            }
        }
        JsonNode document = source.document().deepCopy();
        if (renames.isEmpty()) {
            return document;
        }
        rewriteRefs(document, renames);
        ObjectNode components = (ObjectNode) document.get("components");
        for (Map.Entry<String, String> rename : renames.entrySet()) {
            String[] parts = rename.getKey().substring(REF_PREFIX.length()).split("/", 2);
            ObjectNode kind = (ObjectNode) components.get(parts[0]);
            kind.set(rename.getValue(), kind.remove(parts[1]));
        }
        return document;
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && renames.containsKey(ref.asText())) {
                String old = ref.asText();
                String kind = old.substring(REF_PREFIX.length(), old.lastIndexOf('/'));
                object.set("$ref", TextNode.valueOf(REF_PREFIX + kind + "/" + renames.get(old)));
            }
            object.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        }
    }

    private static void addComponents(JsonNode from, ObjectNode into) {
        Iterator<Map.Entry<String, JsonNode>> kinds = from.fields();
        while (kinds.hasNext()) {
            Map.Entry<String, JsonNode> kind = kinds.next();
            ObjectNode target = object(into, kind.getKey());
            kind.getValue().fields().forEachRemaining(component -> {
                if (!target.has(component.getKey())) {
                    target.set(component.getKey(), component.getValue());
                }
            });
        }
    }

    private static void addTags(JsonNode tags, ObjectNode merged) {
        if (!tags.isArray() || tags.isEmpty()) {
            return;
        }
        if (!merged.path("tags").isArray()) {
            merged.putArray("tags");
        }
        ArrayNode target = (ArrayNode) merged.get("tags");
        Set<String> names = new HashSet<>();
        target.forEach(tag -> names.add(tag.path("name").asText()));
        tags.forEach(tag -> {
            if (names.add(tag.path("name").asText())) {
                target.add(tag.deepCopy());
            }
        });
    }

    private static void sortPaths(ObjectNode merged) {
        ObjectNode paths = (ObjectNode) merged.get("paths");
        List<String> names = new ArrayList<>();
        paths.fieldNames().forEachRemaining(names::add);
        names.sort(null);
        ObjectNode sorted = JsonNodeFactory.instance.objectNode();
        names.forEach(name -> sorted.set(name, paths.get(name)));
        merged.set("paths", sorted);
    }

    private void declareSecurity(ObjectNode merged, ObjectNode components) {
        ObjectNode schemes = object(components, "securitySchemes");
        schemes.putObject(BEARER).put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "An access token from Keycloak realm isnad: client credentials for partner"
                        + " tools, the password grant of client isnad-cli for the CLI");
        schemes.putObject(OIDC).put("type", "openIdConnect").put("openIdConnectUrl", openIdConfigurationUrl);
        ArrayNode security = merged.putArray("security");
        security.addObject().putArray(BEARER);
        security.addObject().putArray(OIDC);
    }

    private static ObjectNode object(ObjectNode parent, String name) {
        JsonNode child = parent.get(name);
        if (child instanceof ObjectNode object) {
            return object;
        }
        return parent.putObject(name);
    }
}
