package nl.meedoen.attendance;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.jspecify.annotations.Nullable;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The attendance, check_in and attendance_confirmation tables. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface Attendances extends GenericRepository<Attendance, Attendance.Key> {

    /** An attendance with the number of check-ins that led to it. */
    @Introspected
    record Row(UUID newcomerId, @Nullable UUID bookingId, String status, boolean walkIn, boolean overCapacity, long checkIns) {
    }

    @Query("""
            SELECT a.newcomer_id, a.booking_id, a.status, a.walk_in, a.over_capacity,
                   (SELECT count(*) FROM check_in c WHERE c.session_id = a.session_id AND c.newcomer_id = a.newcomer_id) AS check_ins
              FROM attendance a
             WHERE a.session_id = :session
            """)
    List<Row> in(UUID session);

    @Query("SELECT status FROM attendance WHERE session_id = :session AND newcomer_id = :newcomer")
    Optional<String> statusOf(UUID session, UUID newcomer);

    /** Present unless an attendance is already there: a second device's check-in keeps the first's. */
    @Query("""
            INSERT INTO attendance (session_id, newcomer_id, booking_id, status, walk_in, over_capacity, updated_by)
            VALUES (:session, :newcomer, :booking, 'present', :walkIn, :overCapacity, :staff)
            ON CONFLICT (session_id, newcomer_id) DO NOTHING
            """)
    int arrive(UUID session, UUID newcomer, @Nullable UUID booking, boolean walkIn, boolean overCapacity, @Nullable UUID staff);

    /** Sets what the trainer confirmed or a coordinator corrected. */
    @Query("""
            INSERT INTO attendance (session_id, newcomer_id, booking_id, status, updated_by)
            VALUES (:session, :newcomer, :booking, :status, :staff)
            ON CONFLICT (session_id, newcomer_id) DO UPDATE SET status = excluded.status, updated_by = excluded.updated_by, updated_at = now()
            """)
    void set(UUID session, UUID newcomer, @Nullable UUID booking, String status, UUID staff);

    /** 1 when the check-in is new, 0 when its id was sent before (by this batch, an earlier one, or at the same moment). */
    @Query("""
            INSERT INTO check_in (id, session_id, newcomer_id, method, scanned_at, staff_id)
            VALUES (:id, :session, :newcomer, :method, :scannedAt, :staff)
            ON CONFLICT (id) DO NOTHING
            """)
    int checkIn(UUID id, UUID session, UUID newcomer, String method, java.time.Instant scannedAt, UUID staff);

    @Query("SELECT id FROM check_in WHERE id IN (:ids)")
    List<UUID> knownCheckIns(Collection<UUID> ids);

    @Query("SELECT count(*) > 0 FROM attendance_confirmation WHERE session_id = :session")
    boolean isConfirmed(UUID session);

    /** 1 for the first confirmation of the session, 0 when it was confirmed before. */
    @Query("INSERT INTO attendance_confirmation (session_id, confirmed_by) VALUES (:session, :staff) ON CONFLICT DO NOTHING")
    int confirm(UUID session, UUID staff);
}
