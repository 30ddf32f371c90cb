package nl.meedoen.sessions;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;
import java.util.UUID;

/** The booking_reminder table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface BookingReminders extends GenericRepository<BookingReminder, UUID> {

    /**
     * Makes the reminders whose moment has come: per confirmed booking of a planned session that has
     * not begun, per offset (minutes, as a PostgreSQL array literal such as {@code {2880,120}}).
     * A moment that had passed before the seat was confirmed is skipped: whoever books a session for
     * tomorrow gets no "two days before". Made twice, a reminder is still one row.
     */
    @Query("""
            INSERT INTO booking_reminder (booking_id, minutes_before, due_at)
            SELECT b.id, o.minutes, s.starts_at - make_interval(mins => o.minutes)
              FROM booking b
              JOIN workshop_session s ON s.id = b.session_id
             CROSS JOIN unnest(CAST(:minutes AS integer[])) AS o(minutes)
             WHERE b.status = 'confirmed' AND s.status = 'planned' AND s.starts_at > now()
               AND s.starts_at - make_interval(mins => o.minutes) <= now()
               AND s.starts_at - make_interval(mins => o.minutes) >= b.confirmed_at
            ON CONFLICT (booking_id, minutes_before) DO NOTHING
            """)
    int addDue(String minutes);

    /** The oldest unsent reminder, locked; one held by another instance is skipped, not waited for. */
    @Query("SELECT * FROM booking_reminder WHERE sent_at IS NULL ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED")
    Optional<BookingReminder> claimNext();

    @Query("UPDATE booking_reminder SET sent_at = now() WHERE booking_id = :booking AND minutes_before = :minutes")
    void markSent(UUID booking, int minutes);
}
