package nl.meedoen.attendance;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;
import java.util.UUID;

/** The no_show_follow_up table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface FollowUps extends GenericRepository<FollowUp, Attendance.Key> {

    /**
     * Makes the follow-ups whose moment has come: per no-show that has stood unchanged for the grace
     * period, at a session that began no longer ago than the given age (so that a no-show of long ago
     * brings no message out of the blue). Made twice, a follow-up is still one row.
     */
    @Query("""
            INSERT INTO no_show_follow_up (session_id, newcomer_id)
            SELECT a.session_id, a.newcomer_id
              FROM attendance a
              JOIN workshop_session s ON s.id = a.session_id
             WHERE a.status = 'no-show' AND a.updated_at <= now() - :graceSeconds * interval '1 second'
               AND s.starts_at >= now() - :maxAgeSeconds * interval '1 second'
            ON CONFLICT (session_id, newcomer_id) DO NOTHING
            """)
    int addDue(long graceSeconds, long maxAgeSeconds);

    /** The oldest open follow-up, locked; one held by another instance is skipped, not waited for. */
    @Query("SELECT * FROM no_show_follow_up WHERE handled_at IS NULL ORDER BY made_at LIMIT 1 FOR UPDATE SKIP LOCKED")
    Optional<FollowUp> claimNext();

    /** The attendance as it is now, locked, so that a correction made meanwhile waits for this follow-up to be decided. */
    @Query("SELECT status FROM attendance WHERE session_id = :session AND newcomer_id = :newcomer FOR UPDATE")
    Optional<String> lockAttendance(UUID session, UUID newcomer);

    @Query("UPDATE no_show_follow_up SET handled_at = now(), outcome = :outcome WHERE session_id = :session AND newcomer_id = :newcomer")
    void handled(UUID session, UUID newcomer, String outcome);
}
