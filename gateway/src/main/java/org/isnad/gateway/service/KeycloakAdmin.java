package org.isnad.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.isnad.gateway.config.KeycloakAdminConfig;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * User management through the Keycloak Admin REST API as the gateway's service account. Only the roles an
 * admin may hand out in the UI ({@link #MANAGED_ROLES}) are ever granted or removed here; Keycloak stays the
 * one place where accounts, passwords and sessions live.
 */
@ApplicationScoped
public class KeycloakAdmin {

    /** Roles the admin pages manage; ingest and partner belong to machine clients, not to desk staff. */
    public static final List<String> MANAGED_ROLES = List.of("reviewer", "editor", "admin");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final KeycloakAdminConfig config;
    private final ObjectMapper json;
    private volatile String token;
    private volatile Instant tokenExpiry = Instant.EPOCH;

    public KeycloakAdmin(KeycloakAdminConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    /** One page of users, optionally matching a search string (user name, e-mail, names). */
    public List<UserAccount> users(String search, int first, int max) {
        StringBuilder query = new StringBuilder("/users?briefRepresentation=false&first=").append(first)
                .append("&max=").append(max);
        if (search != null && !search.isBlank()) {
            query.append("&search=").append(URLEncoder.encode(search.strip(), StandardCharsets.UTF_8));
        }
        List<UserAccount> users = new ArrayList<>();
        for (JsonNode user : call("GET", query.toString(), null)) {
            users.add(account(user));
        }
        return users;
    }

    public long count(String search) {
        String query = search == null || search.isBlank() ? "/users/count"
                : "/users/count?search=" + URLEncoder.encode(search.strip(), StandardCharsets.UTF_8);
        return call("GET", query, null).asLong();
    }

    public UserAccount user(String id) {
        return account(call("GET", "/users/" + id(id), null));
    }

    /** Creates the user with a temporary password (Keycloak then requires a new one at first login). */
    public UserAccount create(NewUser user) {
        ObjectNode body = json.createObjectNode()
                .put("username", user.username())
                .put("enabled", true)
                .put("emailVerified", user.email() != null && !user.email().isBlank());
        putIfPresent(body, "email", user.email());
        putIfPresent(body, "firstName", user.firstName());
        putIfPresent(body, "lastName", user.lastName());
        body.putArray("credentials").addObject().put("type", "password").put("value", user.temporaryPassword())
                .put("temporary", true);
        call("POST", "/users", body);
        JsonNode found = call("GET", "/users?exact=true&username="
                + URLEncoder.encode(user.username(), StandardCharsets.UTF_8), null);
        if (!found.isArray() || found.isEmpty()) {
            throw new ServiceCallException(502, "User not found after creation", null);
        }
        String id = found.get(0).path("id").asText();
        setRoles(id, user.roles());
        return user(id);
    }

    public void setEnabled(String id, boolean enabled) {
        ObjectNode body = (ObjectNode) call("GET", "/users/" + id(id), null);
        body.put("enabled", enabled);
        call("PUT", "/users/" + id(id), body);
    }

    /** Makes the user's managed roles exactly {@code wanted} (roles outside the managed set are untouched). */
    public void setRoles(String id, Set<String> wanted) {
        Set<String> held = managedRoles(id);
        ArrayNode grant = json.createArrayNode();
        ArrayNode revoke = json.createArrayNode();
        for (String role : MANAGED_ROLES) {
            if (wanted.contains(role) && !held.contains(role)) {
                grant.add(call("GET", "/roles/" + role, null));
            } else if (!wanted.contains(role) && held.contains(role)) {
                revoke.add(call("GET", "/roles/" + role, null));
            }
        }
        if (!grant.isEmpty()) {
            call("POST", "/users/" + id(id) + "/role-mappings/realm", grant);
        }
        if (!revoke.isEmpty()) {
            call("DELETE", "/users/" + id(id) + "/role-mappings/realm", revoke);
        }
    }

    private UserAccount account(JsonNode user) {
        String id = user.path("id").asText();
        boolean mustChange = false;
        for (JsonNode action : user.path("requiredActions")) {
            mustChange |= "UPDATE_PASSWORD".equals(action.asText());
        }
        return new UserAccount(id, user.path("username").asText(), text(user, "email"), text(user, "firstName"),
                text(user, "lastName"), user.path("enabled").asBoolean(), mustChange, managedRoles(id));
    }

    private Set<String> managedRoles(String id) {
        Set<String> roles = new LinkedHashSet<>();
        for (JsonNode role : call("GET", "/users/" + id(id) + "/role-mappings/realm", null)) {
            String name = role.path("name").asText();
            if (MANAGED_ROLES.contains(name)) {
                roles.add(name);
            }
        }
        return roles;
    }

    private JsonNode call(String method, String path, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(trim(config.url()) + "/admin/realms/" + config.realm() + path))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + token())
                .header("Accept", "application/json");
        try {
            HttpResponse<byte[]> response = JsonRequests.send(http, json, request, method, body);
            JsonNode answer = response.body().length == 0 ? json.nullNode() : json.readTree(response.body());
            if (response.statusCode() >= 400) {
                String message = answer.path("errorMessage").asText(answer.path("error").asText(""));
                throw new ServiceCallException(response.statusCode() == 409 ? 409 : response.statusCode() < 500
                        ? 400 : 502, "Keycloak refused the change", message);
            }
            return answer;
        } catch (IOException e) {
            throw new ServiceCallException(502, "Keycloak unavailable", "The identity provider did not answer");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceCallException(503, "Interrupted", null);
        }
    }

    /** The service account's token, fetched again shortly before it expires. */
    private synchronized String token() {
        if (token != null && Instant.now().isBefore(tokenExpiry)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id="
                + URLEncoder.encode(config.clientId(), StandardCharsets.UTF_8) + "&client_secret="
                + URLEncoder.encode(config.clientSecret(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(trim(config.url()) + "/realms/" + config.realm()
                        + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new ServiceCallException(502, "Keycloak refused the gateway's service account", null);
            }
            JsonNode answer = json.readTree(response.body());
            token = answer.path("access_token").asText();
            tokenExpiry = Instant.now().plusSeconds(Math.max(5, answer.path("expires_in").asLong(60) - 30));
            return token;
        } catch (IOException e) {
            throw new ServiceCallException(502, "Keycloak unavailable", "The identity provider did not answer");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceCallException(503, "Interrupted", null);
        }
    }

    /** Keycloak ids are UUIDs; anything else never reaches a URL. */
    private static String id(String id) {
        if (id == null || !id.matches("[0-9a-fA-F-]{36}")) {
            throw new ServiceCallException(404, "No such user", null);
        }
        return id;
    }

    private static void putIfPresent(ObjectNode body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, value.strip());
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : "";
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
