package nl.meedoen.sessions;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The booking table. Callers hold the lock of the session concerned before they change anything here. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface Bookings extends GenericRepository<Booking, UUID> {

    /** Seats taken and places waiting, per session of a municipality. */
    @Introspected
    record Count(UUID sessionId, long confirmed, long waitlisted) {
    }

    String ACTIVE = "status IN ('confirmed', 'waitlisted')";

    Booking save(Booking booking);

    Optional<Booking> findById(UUID id);

    @Query("SELECT * FROM booking WHERE newcomer_id = :newcomer AND " + ACTIVE)
    Optional<Booking> activeOf(UUID newcomer);

    @Query("SELECT * FROM booking WHERE newcomer_id = :newcomer AND " + ACTIVE + " FOR UPDATE")
    Optional<Booking> lockActiveOf(UUID newcomer);

    @Query("SELECT * FROM booking WHERE session_id = :session AND " + ACTIVE + " ORDER BY status, booked_at, id")
    List<Booking> activeIn(UUID session);

    @Query("SELECT count(*) FROM booking WHERE session_id = :session AND status = 'confirmed'")
    long confirmedIn(UUID session);

    /** The first in the waiting list, in the order they booked. */
    @Query("SELECT * FROM booking WHERE session_id = :session AND status = 'waitlisted' ORDER BY booked_at, id LIMIT :seats FOR UPDATE")
    List<Booking> firstWaiting(UUID session, int seats);

    /** 1 for the first in the waiting list of the booking's session. */
    @Query("""
            SELECT count(*)
              FROM booking b
              JOIN booking w ON w.session_id = b.session_id AND w.status = 'waitlisted' AND (w.booked_at, w.id) <= (b.booked_at, b.id)
             WHERE b.id = :booking
            """)
    long placeInWaitingList(UUID booking);

    @Query("""
            SELECT b.session_id, count(*) FILTER (WHERE b.status = 'confirmed') AS confirmed,
                   count(*) FILTER (WHERE b.status = 'waitlisted') AS waitlisted
              FROM booking b
              JOIN workshop_session s ON s.id = b.session_id
             WHERE s.municipality_code = :municipality AND b.status IN ('confirmed', 'waitlisted')
             GROUP BY b.session_id
            """)
    List<Count> countsIn(String municipality);

    @Query("UPDATE booking SET status = 'confirmed', confirmed_at = now() WHERE id = :id AND status = 'waitlisted'")
    void confirm(UUID id);

    @Query("UPDATE booking SET status = :status, ended_at = now() WHERE id = :id AND " + ACTIVE)
    void end(UUID id, String status);

    @Query("UPDATE booking SET status = :status, ended_at = now() WHERE session_id = :session AND newcomer_id = :newcomer AND " + ACTIVE)
    void endIn(UUID session, UUID newcomer, String status);

    /** Whether the newcomer holds a booking for another session, or made one after the given moment. */
    @Query("""
            SELECT count(*) > 0 FROM booking
             WHERE newcomer_id = :newcomer AND session_id <> :session AND (status IN ('confirmed', 'waitlisted') OR booked_at > :since)
            """)
    boolean bookedOtherThan(UUID newcomer, UUID session, Instant since);
}
