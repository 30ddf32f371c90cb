package nl.meedoen.web;

import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.SQLException;
import java.util.Optional;

/**
 * What a failed SQL statement may safely tell: its SQLState and the constraint and table involved.
 * PostgreSQL's own message and detail can quote the values of a row ("Failing row contains (…)",
 * "Key (email)=(…) already exists"), which are personal data, so they are never read from here.
 */
record SqlFailure(String sqlState, @Nullable String constraint, @Nullable String table) {

    static final String UNIQUE_VIOLATION = "23505";

    /** The SQL failure that caused this exception, if one did. */
    static Optional<SqlFailure> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return Optional.of(of(sql));
            }
        }
        return Optional.empty();
    }

    static SqlFailure of(SQLException sql) {
        ServerErrorMessage server = sql instanceof PSQLException postgres ? postgres.getServerErrorMessage() : null;
        return new SqlFailure(String.valueOf(sql.getSQLState()),
                server == null ? null : server.getConstraint(),
                server == null ? null : server.getTable());
    }

    boolean isUniqueViolation() {
        return UNIQUE_VIOLATION.equals(sqlState);
    }

    /** For the log: SQLState, constraint and table, nothing a person entered. */
    String describe() {
        return "SQLState " + sqlState
                + (constraint == null ? "" : ", constraint " + constraint)
                + (table == null ? "" : ", table " + table);
    }
}
