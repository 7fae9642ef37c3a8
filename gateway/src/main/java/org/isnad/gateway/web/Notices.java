package org.isnad.gateway.web;

import java.util.Set;

/**
 * Notices a page may show after a redirect ({@code ?notice=key}). Only these keys are ever rendered (as the
 * translated text of {@code notice.<key>}), so a crafted link cannot put words on the page.
 */
final class Notices {

    private static final Set<String> KEYS = Set.of("queue-empty", "review-saved", "verdict-published",
            "user-created", "user-updated", "lease-released", "queue-saved", "queue-deleted", "rubric-saved",
            "lease-expired");

    private Notices() {
    }

    static String known(String key) {
        return key != null && KEYS.contains(key) ? key : null;
    }
}
