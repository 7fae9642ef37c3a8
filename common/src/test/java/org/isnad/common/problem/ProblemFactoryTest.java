package org.isnad.common.problem;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ProblemFactoryTest {

    private final ProblemFactory problems = new ProblemFactory();

    @Test
    void anExhaustedConnectionPoolIsA503WithRetryAfterNotA500() {
        // what Agroal throws when no connection frees up in time, as Hibernate wraps it
        Throwable error = new PersistenceException("could not prepare statement",
                new SQLException("Sorry, acquisition timeout!"));
        Response response = problems.toResponse(error, "/api/v1/queues/all/lease");
        assertEquals(503, response.getStatus());
        assertEquals("2", response.getHeaderString("Retry-After"));
        Problem problem = (Problem) response.getEntity();
        assertEquals(Problem.TYPE_BASE + "unavailable", problem.type());
        assertEquals("/api/v1/queues/all/lease", problem.instance());
    }

    @Test
    void aLostOrRefusingDatabaseIsA503() {
        assertEquals(503, problems.statusOf(new RuntimeException(
                new SQLTransientConnectionException("Connection refused", "08001"))));
        assertEquals(503, problems.statusOf(new PersistenceException(
                new SQLException("sorry, too many clients already", "53300"))));
    }

    @Test
    void otherDatabaseErrorsStay500AndSayNothingOfTheCause() {
        Throwable error = new PersistenceException(new SQLException("duplicate key value", "23505"));
        Response response = problems.toResponse(error, "/x");
        assertEquals(500, response.getStatus());
        assertNull(response.getHeaderString("Retry-After"));
        assertEquals("Something went wrong on our side; it has been logged", ((Problem) response.getEntity()).detail());
    }
}
