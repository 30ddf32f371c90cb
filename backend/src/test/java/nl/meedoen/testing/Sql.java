package nl.meedoen.testing;

import jakarta.inject.Singleton;
import nl.meedoen.web.PublishedResponses;

import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Plain SQL for tests that set up or inspect rows directly; every call commits on its own, so the
 * service sees the rows at once.
 */
@Singleton
public final class Sql {

    private final TransactionOperations<Connection> transactions;
    private final PublishedResponses published;

    Sql(TransactionOperations<Connection> transactions, PublishedResponses published) {
        this.transactions = transactions;
        this.published = published;
    }

    @FunctionalInterface
    public interface Rows<T> {
        T map(ResultSet row) throws SQLException;
    }

    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    public <T> List<T> list(String sql, Rows<T> rows, Object... parameters) {
        return withConnection(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters);
                 ResultSet resultSet = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (resultSet.next()) {
                    result.add(rows.map(resultSet));
                }
                return result;
            }
        });
    }

    public <T> Optional<T> one(String sql, Rows<T> rows, Object... parameters) {
        List<T> result = list(sql, rows, parameters);
        return result.isEmpty() ? Optional.empty() : Optional.of(result.getFirst());
    }

    /**
     * Runs an INSERT, UPDATE or DELETE and returns how many rows it touched. Answers kept for published
     * content are dropped at once, as after an editor's publish, so the next request sees the change.
     */
    public int update(String sql, Object... parameters) {
        int touched = withConnection(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                return statement.executeUpdate();
            }
        });
        published.refresh();
        return touched;
    }

    public <T> T inTransaction(Work<T> work) {
        return transactions.executeWrite(status -> run(work));
    }

    private static <T> T run(Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface ConnectionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T withConnection(ConnectionWork<T> work) {
        // Joins the surrounding transaction, or commits this one statement on its own.
        return transactions.executeWrite(status -> {
            try {
                return work.run(status.getConnection());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object[] parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, jdbcValue(connection, parameters[i]));
        }
        return statement;
    }

    private static Object jdbcValue(Connection connection, Object value) throws SQLException {
        return switch (value) {
            case Instant instant -> Timestamp.from(instant);
            case Collection<?> values -> connection.createArrayOf("text", values.toArray());
            case Enum<?> constant -> constant.name().toLowerCase(java.util.Locale.ROOT);
            case null -> null;
            default -> value;
        };
    }
}
