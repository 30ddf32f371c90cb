package nl.meedoen.database;

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
 * Plain SQL on the connection of the surrounding transaction. For features whose SQL is best written
 * out in full: signing (bytes, chain positions and append-only rows whose exact values matter) and
 * retention (which reaches into the tables of every feature that holds something of a newcomer).
 */
@Singleton
public final class PlainSql {

    @FunctionalInterface
    public interface Rows<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final TransactionOperations<Connection> transactions;

    PlainSql(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    public <T> List<T> list(String sql, Rows<T> rows, Object... parameters) {
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

    public <T> Optional<T> one(String sql, Rows<T> rows, Object... parameters) {
        List<T> list = list(sql, rows, parameters);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.getFirst());
    }

    public int update(String sql, Object... parameters) {
        return transactions.executeWrite(status -> {
            try (PreparedStatement statement = prepare(status.getConnection(), sql, parameters)) {
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Waits until no other transaction holds the lock, and holds it until this one ends. */
    public void lockUntilCommit(String name) {
        one("SELECT pg_advisory_xact_lock(hashtext(?)::bigint)", row -> true, name);
    }

    public static @org.jspecify.annotations.Nullable Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    public static @org.jspecify.annotations.Nullable UUID uuid(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object[] parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            Object value = switch (parameters[i]) {
                case null -> null;
                case Instant instant -> Timestamp.from(instant);
                case UUID[] ids -> connection.createArrayOf("uuid", ids);
                default -> parameters[i];
            };
            statement.setObject(i + 1, value);
        }
        return statement;
    }
}
