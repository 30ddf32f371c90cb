package nl.meedoen.privacy;

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
import java.util.UUID;

/**
 * Plain SQL on the connection of the surrounding transaction (or a transaction of its own). Retention
 * reaches into the tables of every feature that holds something of a newcomer, so its SQL is written
 * out in full, in the classes that use it.
 */
@Singleton
final class RetentionSql {

    @FunctionalInterface
    interface Rows<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final TransactionOperations<Connection> transactions;

    RetentionSql(TransactionOperations<Connection> transactions) {
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

    int update(String sql, Object... parameters) {
        return transactions.executeWrite(status -> {
            try (PreparedStatement statement = prepare(status.getConnection(), sql, parameters)) {
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object[] parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            Object value = switch (parameters[i]) {
                case Instant instant -> Timestamp.from(instant);
                case UUID[] ids -> connection.createArrayOf("uuid", ids);
                default -> parameters[i];
            };
            statement.setObject(i + 1, value);
        }
        return statement;
    }
}
