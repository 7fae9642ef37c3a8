package org.isnad.gateway.service;

import java.util.Set;

/** An invitation: the user gets the temporary password and must replace it at first login. */
public record NewUser(String username, String email, String firstName, String lastName, String temporaryPassword,
                      Set<String> roles) {
}
