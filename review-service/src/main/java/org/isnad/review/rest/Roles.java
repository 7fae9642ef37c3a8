package org.isnad.review.rest;

import io.quarkus.security.identity.SecurityIdentity;

/** The realm roles review-service checks (see deploy/keycloak/isnad-realm.json). */
final class Roles {

    static final String REVIEWER = "reviewer";
    static final String EDITOR = "editor";
    static final String ADMIN = "admin";

    private Roles() {
    }

    /** Editors and admins see every review of a claim; reviewers only after their own (blind review). */
    static boolean privileged(SecurityIdentity identity) {
        return identity.hasRole(EDITOR) || identity.hasRole(ADMIN);
    }
}
