package nl.meedoen.privacy;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import nl.meedoen.privacy.PersonalDataReport.Attendance;
import nl.meedoen.privacy.PersonalDataReport.Booking;
import nl.meedoen.privacy.PersonalDataReport.Ceremony;
import nl.meedoen.privacy.PersonalDataReport.CheckIn;
import nl.meedoen.privacy.PersonalDataReport.FollowUp;
import nl.meedoen.privacy.PersonalDataReport.Invitation;
import nl.meedoen.privacy.PersonalDataReport.Mail;
import nl.meedoen.privacy.PersonalDataReport.Phone;
import nl.meedoen.privacy.PersonalDataReport.PushMessage;
import nl.meedoen.privacy.PersonalDataReport.PushSubscription;
import nl.meedoen.privacy.PersonalDataReport.Registration;
import nl.meedoen.privacy.PersonalDataReport.Reminder;
import nl.meedoen.privacy.PersonalDataReport.Session;
import nl.meedoen.privacy.PersonalDataReport.Signature;
import nl.meedoen.privacy.PersonalDataReport.StaffAction;
import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads what every feature keeps about one newcomer, with plain SQL on their tables: this package
 * looks at all of them, and none of them knows about it. Every query is bound to the newcomer's id, so
 * another newcomer's rows cannot come along. When a table with a newcomer_id column is added, a test
 * fails until it is read here (or named as holding nothing about the person).
 */
@Singleton
class PersonalDataQueries {

    @FunctionalInterface
    private interface Rows<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** The role a staff member acted in for this municipality (and session), never their name. */
    private static final String ROLE_OF = """
            CASE WHEN EXISTS (SELECT 1 FROM workshop_session_trainer t WHERE t.session_id = %1$s AND t.staff_id = %2$s) THEN 'trainer'
                 WHEN EXISTS (SELECT 1 FROM staff_role r WHERE r.staff_id = %2$s AND r.role = 'coordinator' AND r.municipality_code = %3$s) THEN 'coordinator'
                 WHEN EXISTS (SELECT 1 FROM staff_role r WHERE r.staff_id = %2$s AND r.role = 'trainer' AND r.municipality_code = %3$s) THEN 'trainer'
                 ELSE 'staff' END""";

    /**
     * The tables keyed to a newcomer that the queries below read, each with what hangs off it
     * (reminders of a booking, the push subscription of a phone, the DUO registration of a signature).
     */
    static final Set<String> NEWCOMER_TABLES = Set.of("newcomer", "invitation", "newcomer_session", "booking", "attendance", "check_in",
            "no_show_follow_up", "signing_ceremony", "signature");

    private static final String SESSION_COLUMNS = "w.title, w.starts_at, w.ends_at, w.place_name, w.place_address, w.status AS session_status";

    private final TransactionOperations<Connection> transactions;

    PersonalDataQueries(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    Optional<Registration> registration(UUID newcomer) {
        return list("""
                SELECT n.name, n.preferred_lang, n.target_group, n.regime, n.obligation_start, n.deadline, n.phone, n.email,
                       n.created_at, n.municipality_code, m.name AS municipality
                  FROM newcomer n JOIN municipality m ON m.code = n.municipality_code
                 WHERE n.id = ?
                """, row -> new Registration(row.getString("name"), row.getString("preferred_lang"), row.getString("target_group"),
                row.getString("regime"), row.getObject("obligation_start", LocalDate.class), row.getObject("deadline", LocalDate.class),
                row.getString("phone"), row.getString("email"), instant(row, "created_at"), row.getString("municipality_code"),
                row.getString("municipality")), newcomer).stream().findFirst();
    }

    List<Invitation> invitations(UUID newcomer) {
        return list("SELECT created_at, expires_at, redeemed_at, revoked_at FROM invitation WHERE newcomer_id = ? ORDER BY created_at",
                row -> new Invitation(instant(row, "created_at"), instant(row, "expires_at"), row.getTimestamp("redeemed_at") != null,
                        nullableInstant(row, "redeemed_at"), nullableInstant(row, "revoked_at")), newcomer);
    }

    List<Phone> phones(UUID newcomer, UUID thisPhone) {
        return list("""
                SELECT s.id, s.created_at, s.revoked_at, p.endpoint, p.created_at AS subscribed_at
                  FROM newcomer_session s LEFT JOIN push_subscription p ON p.newcomer_session_id = s.id
                 WHERE s.newcomer_id = ? ORDER BY s.created_at
                """, row -> new Phone(instant(row, "created_at"), nullableInstant(row, "revoked_at"),
                row.getObject("id", UUID.class).equals(thisPhone), row.getString("endpoint") == null ? null
                : new PushSubscription(URI.create(row.getString("endpoint")).getHost(), instant(row, "subscribed_at"))), newcomer);
    }

    List<Booking> bookings(UUID newcomer) {
        return list("""
                SELECT b.id, b.status, b.booked_at, b.confirmed_at, b.ended_at, b.booked_by IS NOT NULL AS by_staff, %s,
                       CASE WHEN b.status = 'waitlisted' THEN (SELECT count(*) FROM booking o WHERE o.session_id = b.session_id
                            AND o.status = 'waitlisted' AND o.booked_at <= b.booked_at) END AS position
                  FROM booking b JOIN workshop_session w ON w.id = b.session_id
                 WHERE b.newcomer_id = ? ORDER BY b.booked_at
                """.formatted(SESSION_COLUMNS), row -> new Booking(row.getString("status"), session(row), instant(row, "booked_at"),
                nullableInstant(row, "confirmed_at"), nullableInstant(row, "ended_at"), row.getBoolean("by_staff"),
                row.getObject("position") == null ? null : row.getInt("position"), reminders(row.getObject("id", UUID.class))), newcomer);
    }

    private List<Reminder> reminders(UUID booking) {
        return list("SELECT minutes_before, due_at, sent_at FROM booking_reminder WHERE booking_id = ? ORDER BY due_at",
                row -> new Reminder(row.getInt("minutes_before"), instant(row, "due_at"), nullableInstant(row, "sent_at")), booking);
    }

    List<Attendance> attendance(UUID newcomer) {
        return list("""
                SELECT a.session_id, a.status, a.walk_in, a.updated_at, f.made_at, f.handled_at, f.outcome, %s
                  FROM attendance a
                  JOIN workshop_session w ON w.id = a.session_id
                  LEFT JOIN no_show_follow_up f ON f.session_id = a.session_id AND f.newcomer_id = a.newcomer_id
                 WHERE a.newcomer_id = ? ORDER BY w.starts_at
                """.formatted(SESSION_COLUMNS), row -> new Attendance(session(row), row.getString("status"), row.getBoolean("walk_in"),
                instant(row, "updated_at"), checkIns(newcomer, row.getObject("session_id", UUID.class)), row.getTimestamp("made_at") == null
                ? null : new FollowUp(instant(row, "made_at"), nullableInstant(row, "handled_at"), row.getString("outcome"))), newcomer);
    }

    private List<CheckIn> checkIns(UUID newcomer, UUID session) {
        return list("SELECT method, scanned_at FROM check_in WHERE newcomer_id = ? AND session_id = ? ORDER BY scanned_at",
                row -> new CheckIn(row.getString("method"), instant(row, "scanned_at")), newcomer, session);
    }

    List<Ceremony> ceremonies(UUID newcomer) {
        return list("""
                SELECT c.opened_at, %s AS opened_by_role, c.declaration_version, c.local_agreements_version, c.locale, c.signed_at,
                       c.device, c.signature_id IS NOT NULL AS finished
                  FROM signing_ceremony c WHERE c.newcomer_id = ? ORDER BY c.opened_at
                """.formatted(ROLE_OF.formatted("c.session_id", "c.opened_by", "c.municipality_code")),
                row -> new Ceremony(instant(row, "opened_at"), row.getString("opened_by_role"), row.getInt("declaration_version"),
                        (Integer) row.getObject("local_agreements_version"), row.getString("locale"), nullableInstant(row, "signed_at"),
                        row.getString("device"), row.getBoolean("finished")), newcomer);
    }

    List<Signature> signatures(UUID newcomer) {
        return list("""
                SELECT s.kind, coalesce(s.signed_at, s.recorded_at) AS at, s.declaration_version, s.local_agreements_version, s.locale,
                       s.verification_code, s.typed_name, s.signature_png, s.reason, r.verification_code AS revokes_code,
                       %s AS witness_role, s.device, d.registered_on,
                       EXISTS (SELECT 1 FROM signature x WHERE x.revokes = s.id) AS revoked
                  FROM signature s
                  LEFT JOIN signature r ON r.id = s.revokes
                  LEFT JOIN duo_registration d ON d.signature_id = s.id
                 WHERE s.newcomer_id = ? ORDER BY s.position
                """.formatted(ROLE_OF.formatted("s.session_id", "s.recorded_by", "s.municipality_code")),
                row -> new Signature(row.getString("kind"), instant(row, "at"), (Integer) row.getObject("declaration_version"),
                        (Integer) row.getObject("local_agreements_version"), row.getString("locale"), row.getString("verification_code"),
                        row.getString("typed_name"), image(row.getBytes("signature_png")), row.getString("reason"),
                        row.getString("revokes_code"), row.getString("witness_role"), row.getString("device"),
                        row.getObject("registered_on", LocalDate.class), row.getBoolean("revoked")), newcomer);
    }

    /** Mail is kept by address, not by newcomer: what went to the address registered for them now. */
    List<Mail> mails(@Nullable String email) {
        if (email == null) {
            return List.of();
        }
        return list("SELECT kind, subject, created_at, sent_at FROM mail_outbox WHERE lower(recipient) = lower(?) ORDER BY created_at, id",
                row -> new Mail(row.getString("kind"), row.getString("subject"), instant(row, "created_at"), nullableInstant(row, "sent_at")),
                email);
    }

    List<PushMessage> pushMessages(UUID newcomer) {
        return list("""
                SELECT o.kind, o.created_at, o.sent_at, o.given_up_at
                  FROM push_outbox o
                  JOIN push_subscription p ON p.id = o.subscription_id
                  JOIN newcomer_session s ON s.id = p.newcomer_session_id
                 WHERE s.newcomer_id = ? ORDER BY o.created_at, o.id
                """, row -> new PushMessage(row.getString("kind"), instant(row, "created_at"), nullableInstant(row, "sent_at"),
                nullableInstant(row, "given_up_at")), newcomer);
    }

    /**
     * Audit entries about the newcomer or one of their bookings, ceremonies or signatures: the audit log
     * names them by id in its subject.
     */
    List<StaffAction> staffActions(UUID newcomer, String municipality) {
        return list("""
                SELECT a.action, a.at FROM audit_event a
                 WHERE a.municipality_code = ? AND a.subject IS NOT NULL
                   AND (position(?::text IN a.subject) > 0
                        OR EXISTS (SELECT 1 FROM booking b WHERE b.newcomer_id = ? AND position(b.id::text IN a.subject) > 0)
                        OR EXISTS (SELECT 1 FROM signing_ceremony c WHERE c.newcomer_id = ? AND position(c.id::text IN a.subject) > 0)
                        OR EXISTS (SELECT 1 FROM signature s WHERE s.newcomer_id = ? AND position(s.id::text IN a.subject) > 0))
                 ORDER BY a.at, a.id
                """, row -> new StaffAction(row.getString("action"), instant(row, "at")), municipality, newcomer, newcomer, newcomer, newcomer);
    }

    /** When the trajectory ends as the retention job sees it today (TrajectoryEnds). */
    Instant trajectoryEnd(UUID newcomer) {
        return list("SELECT " + TrajectoryEnds.ENDED_AT + " AS ended FROM newcomer n WHERE n.id = ?", row -> instant(row, "ended"), newcomer)
                .getFirst();
    }

    private static Session session(ResultSet row) throws SQLException {
        return new Session(row.getString("title"), instant(row, "starts_at"), instant(row, "ends_at"), row.getString("place_name"),
                row.getString("place_address"), row.getString("session_status"));
    }

    private static @Nullable String image(byte @Nullable [] png) {
        return png == null ? null : "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private <T> List<T> list(String sql, Rows<T> rows, Object... parameters) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                try (ResultSet result = statement.executeQuery()) {
                    List<T> list = new ArrayList<>();
                    while (result.next()) {
                        list.add(rows.map(result));
                    }
                    return list;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
