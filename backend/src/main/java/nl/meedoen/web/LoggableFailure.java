package nl.meedoen.web;

import org.jspecify.annotations.Nullable;

import java.sql.SQLException;

/**
 * A copy of an exception chain that is fit for the log: the same classes and stack traces, but the
 * messages of database failures are replaced by their SQLState and constraint. Those messages quote
 * rows and keys (names, phone numbers, e-mail addresses), and logs are kept longer and read by more
 * people than the database.
 */
final class LoggableFailure extends RuntimeException {

    private LoggableFailure(String message, StackTraceElement[] stackTrace, @Nullable Throwable cause) {
        super(message, cause, false, true);
        setStackTrace(stackTrace);
    }

    static Throwable of(Throwable failure) {
        return copy(failure, 0);
    }

    private static LoggableFailure copy(Throwable failure, int depth) {
        Throwable cause = failure.getCause();
        LoggableFailure copiedCause = cause != null && cause != failure && depth < 20 ? copy(cause, depth + 1) : null;
        return new LoggableFailure(failure.getClass().getName() + ": " + message(failure), failure.getStackTrace(), copiedCause);
    }

    /** Exceptions that wrap a database failure repeat its message, so theirs goes too. */
    private static String message(Throwable failure) {
        if (failure instanceof SQLException sql) {
            return SqlFailure.of(sql).describe();
        }
        if (SqlFailure.in(failure).isPresent()) {
            return "(message left out: it repeats the database's)";
        }
        return String.valueOf(failure.getMessage());
    }
}
