package org.isnad.common.persistence;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqlErrorsTest {

    @Test
    void aUniqueViolationIsFoundThroughTheWrappers() {
        Throwable wrapped = new RuntimeException(new PersistenceException(new SQLException("duplicate key", "23505")));
        assertTrue(SqlErrors.isUniqueViolation(wrapped));
        assertFalse(SqlErrors.isDatabaseUnavailable(wrapped));
    }

    @Test
    void otherErrorsAreNeither() {
        Throwable error = new PersistenceException(new SQLException("division by zero", "22012"));
        assertFalse(SqlErrors.isUniqueViolation(error));
        assertFalse(SqlErrors.isDatabaseUnavailable(error));
        assertFalse(SqlErrors.isUniqueViolation(new IllegalStateException("no SQL here")));
    }
}
