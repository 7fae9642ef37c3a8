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
}
