package org.isnad.gateway.service;

import org.isnad.common.problem.ProblemException;

/**
 * A service (or Keycloak) answered a UI call with an error. Pages that can recover show its title and detail
 * next to the form; otherwise the exception mapper renders it with the service's status.
 */
public class ServiceCallException extends ProblemException {

    public ServiceCallException(int status, String title, String detail) {
        super(status, status == 403 ? "forbidden" : status == 404 ? "not-found" : "upstream", title, detail);
    }

    public String detail() {
        return getMessage();
    }

    /**
     * Whether the page can show this next to the form and let the user correct it: a refusal of what was
     * entered (4xx). Not an expired sign-in (401) or a failing service (5xx): those go to the error page.
     */
    public boolean correctable() {
        return status() >= 400 && status() < 500 && status() != 401;
    }

    /** The title and, when there is one, the detail, as the page shows them. */
    public String describe() {
        return title() + (detail() == null ? "" : ": " + detail());
    }
}
