package nl.meedoen.monitoring;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The newcomers of a municipality due by a day and not signed, each with how far they got: read in one
 * query across the tables of identity, sessions, attendance and signing, which this package only reads.
 * Days are days on Dutch clocks.
 */
@Singleton
class DeadlineRows {

    /** How far one newcomer got; a null date means they did not get there. */
    record Row(UUID id, String name, String preferredLanguage, String regime, @Nullable LocalDate obligationStart, LocalDate deadline,
               @Nullable LocalDate refusedOn, @Nullable LocalDate attendedOn, @Nullable String bookingStatus, @Nullable LocalDate bookedFor,
               @Nullable LocalDate noShowOn, boolean redeemed, boolean invited) {
    }

    /** A signature or refusal that no later row revoked. */
    private static final String STANDING = "NOT EXISTS (SELECT 1 FROM signature r WHERE r.revokes = s.id)";

    private static final String DUE = """
            SELECT n.id, n.name, n.preferred_lang, n.regime, n.obligation_start, n.deadline,
                   (SELECT (s.recorded_at AT TIME ZONE 'Europe/Amsterdam')::date FROM signature s
                     WHERE s.newcomer_id = n.id AND s.kind = 'refused' AND %1$s
                     ORDER BY s.position DESC LIMIT 1) AS refused_on,
                   (SELECT (w.starts_at AT TIME ZONE 'Europe/Amsterdam')::date FROM attendance a JOIN workshop_session w ON w.id = a.session_id
                     WHERE a.newcomer_id = n.id AND a.status = 'present'
                     ORDER BY w.starts_at DESC LIMIT 1) AS attended_on,
                   b.status AS booking_status,
                   (b.starts_at AT TIME ZONE 'Europe/Amsterdam')::date AS booked_for,
                   (SELECT (w.starts_at AT TIME ZONE 'Europe/Amsterdam')::date FROM attendance a JOIN workshop_session w ON w.id = a.session_id
                     WHERE a.newcomer_id = n.id AND a.status = 'no-show'
                     ORDER BY w.starts_at DESC LIMIT 1) AS no_show_on,
                   EXISTS (SELECT 1 FROM invitation i WHERE i.newcomer_id = n.id AND i.redeemed_at IS NOT NULL) AS redeemed,
                   EXISTS (SELECT 1 FROM invitation i WHERE i.newcomer_id = n.id AND i.revoked_at IS NULL) AS invited
              FROM newcomer n
              LEFT JOIN LATERAL (
                   -- The active booking, unless it is the seat of a workshop they did not come to.
                   SELECT k.status, w.starts_at FROM booking k JOIN workshop_session w ON w.id = k.session_id
                    WHERE k.newcomer_id = n.id AND k.status IN ('confirmed', 'waitlisted')
                      AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = k.session_id AND a.newcomer_id = n.id
                                         AND a.status = 'no-show')) b ON true
             WHERE n.municipality_code = ? AND n.deadline IS NOT NULL AND n.deadline <= ?
               AND NOT EXISTS (SELECT 1 FROM signature s WHERE s.newcomer_id = n.id AND s.kind = 'signed' AND %1$s)
             ORDER BY n.deadline, n.name, n.id
            """.formatted(STANDING);

    private final TransactionOperations<Connection> transactions;

    DeadlineRows(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** Needs the caller's transaction, so that the list and the audit entry of its export are one. */
    List<Row> dueBy(String municipality, LocalDate until) {
        Connection connection = transactions.getConnection();
        try (PreparedStatement statement = connection.prepareStatement(DUE)) {
            statement.setString(1, municipality);
            statement.setObject(2, until);
            try (ResultSet result = statement.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (result.next()) {
                    rows.add(new Row(result.getObject("id", UUID.class), result.getString("name"), result.getString("preferred_lang"),
                            result.getString("regime"), result.getObject("obligation_start", LocalDate.class),
                            result.getObject("deadline", LocalDate.class), result.getObject("refused_on", LocalDate.class),
                            result.getObject("attended_on", LocalDate.class), result.getString("booking_status"),
                            result.getObject("booked_for", LocalDate.class), result.getObject("no_show_on", LocalDate.class),
                            result.getBoolean("redeemed"), result.getBoolean("invited")));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the deadline list could not be read", e);
        }
    }
}
