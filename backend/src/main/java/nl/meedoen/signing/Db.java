package nl.meedoen.signing;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Plain SQL on the connection of the surrounding transaction. The signing tables hold bytes, chain
 * positions and append-only rows whose exact values matter, so their SQL is written out in full.
 */
@Singleton
final class Db {

    @FunctionalInterface
    interface Rows<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final TransactionOperations<Connection> transactions;

    Db(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    <T> List<T> list(String sql, Rows<T> rows, Object... parameters) {
        return transactions.executeWrite(status -> {
            try (PreparedStatement statement = prepare(status.getConnection(), sql, parameters);
                 ResultSet result = statement.executeQuery()) {
                List<T> list = new ArrayList<>();
                while (result.next()) {
                    list.add(rows.map(result));
                }
                return list;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    <T> Optional<T> one(String sql, Rows<T> rows, Object... parameters) {
        List<T> list = list(sql, rows, parameters);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.getFirst());
    }

    int update(String sql, Object... parameters) {
        return transactions.executeWrite(status -> {
            try (PreparedStatement statement = prepare(status.getConnection(), sql, parameters)) {
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Waits until no other transaction holds the lock, and holds it until this one ends. */
    void lockUntilCommit(String name) {
        one("SELECT pg_advisory_xact_lock(hashtext(?)::bigint)", row -> true, name);
    }

    static @org.jspecify.annotations.Nullable Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static @org.jspecify.annotations.Nullable UUID uuid(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object[] parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i] instanceof Instant instant ? Timestamp.from(instant) : parameters[i];
            statement.setObject(i + 1, value);
        }
        return statement;
    }
}
