package nl.meedoen.database;

import java.sql.SQLException;

/** The database refused or failed a statement; the request cannot be completed. */
public final class DatabaseFailure extends RuntimeException {

    DatabaseFailure(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
