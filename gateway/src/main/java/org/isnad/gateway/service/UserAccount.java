package org.isnad.gateway.service;

import java.util.Set;

/** A realm user as the admin pages show it: the Keycloak id, identity, state and the Isnad roles held. */
@io.quarkus.qute.TemplateData
public record UserAccount(String id, String username, String email, String firstName, String lastName,
                          boolean enabled, boolean mustChangePassword, Set<String> roles) {
}
