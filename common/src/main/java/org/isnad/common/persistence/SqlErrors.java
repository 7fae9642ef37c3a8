package org.isnad.common.persistence;

import java.sql.SQLException;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What a failed database call was, read from the {@link SQLException} somewhere in its cause chain (Hibernate and
 * the JTA layer wrap the driver's exception one or more times).
 */
public final class SqlErrors {

    private SqlErrors() {
    }

    /** True if any SQLException in {@code error}'s cause chain passes {@code test}. */
    public static boolean anyCause(Throwable error, Predicate<SQLException> test) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && test.test(sql)) {
                return true;
            }
        }
        return false;
    }

    /** A unique constraint refused the write (SQLSTATE 23505): a concurrent writer got there first. */
    public static boolean isUniqueViolation(Throwable error) {
        return anyCause(error, sql -> "23505".equals(sql.getSQLState()));
    }

    /**
     * No database connection could be had: the pool's acquisition timed out under load (Agroal says "acquisition
     * timeout"), the server refused for lack of resources (SQLSTATE class 53) or the connection is gone (class 08).
     * The caller did nothing wrong and the same call may succeed in a moment.
     */
    public static boolean isDatabaseUnavailable(Throwable error) {
        return anyCause(error, sql -> {
            String state = sql.getSQLState();
            String message = sql.getMessage();
            return state != null && (state.startsWith("53") || state.startsWith("08"))
                    || message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
        });
    }
}
