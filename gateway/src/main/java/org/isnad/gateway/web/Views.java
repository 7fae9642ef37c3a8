package org.isnad.gateway.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;

/** Turns the services' JSON into the plain maps and lists the templates read. */
@ApplicationScoped
public class Views {

    private final ObjectMapper json;
    private final ObjectMapper pretty;

    public Views(ObjectMapper json) {
        this.json = json;
        this.pretty = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map(JsonNode node) {
        return node == null || !node.isObject() ? Map.of() : json.convertValue(node, Map.class);
    }

    @SuppressWarnings("unchecked")
    public List<Object> list(JsonNode node) {
        return node == null || !node.isArray() ? List.of() : json.convertValue(node, List.class);
    }

    /** JSON for a data attribute or a preview (the template escapes it). */
    public String text(Object value, boolean indent) {
        try {
            return (indent ? pretty : json).writeValueAsString(value);
        } catch (Exception e) {
            return "null";
        }
    }
}
