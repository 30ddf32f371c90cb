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

/** The workshop_session table and the trainers of each session. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface WorkshopSessions extends GenericRepository<WorkshopSession, UUID> {

    @Introspected
    record TrainerName(UUID id, String name) {
    }

    WorkshopSession save(WorkshopSession session);

    WorkshopSession update(WorkshopSession session);

    Optional<WorkshopSession> findById(UUID id);

    /**
     * The session, locked until the transaction ends. Every change to a session's bookings takes this
     * lock first, so seats are counted and taken one request at a time, on every instance.
     */
    @Query("SELECT * FROM workshop_session WHERE id = :id FOR UPDATE")
    Optional<WorkshopSession> lock(UUID id);

    /** Sessions that have not ended before the given moment, earliest first. */
    @Query("SELECT * FROM workshop_session WHERE municipality_code = :municipality AND ends_at > :from ORDER BY starts_at, id")
    List<WorkshopSession> endingAfter(String municipality, Instant from);

    @Query("SELECT * FROM workshop_session WHERE municipality_code = :municipality AND status = 'planned' AND starts_at > now() ORDER BY starts_at, id")
    List<WorkshopSession> bookable(String municipality);

    @Query("""
            SELECT s.*
              FROM workshop_session s
              JOIN workshop_session_trainer t ON t.session_id = s.id
             WHERE t.staff_id = :staff AND s.ends_at > :endingAfter
             ORDER BY s.starts_at, s.id
            """)
    List<WorkshopSession> taughtBy(UUID staff, Instant endingAfter);

    @Query("INSERT INTO workshop_session_trainer (session_id, staff_id) VALUES (:session, :staff)")
    void addTrainer(UUID session, UUID staff);

    @Query("DELETE FROM workshop_session_trainer WHERE session_id = :session")
    void removeTrainers(UUID session);

    @Query("""
            SELECT s.id, s.name
              FROM workshop_session_trainer t
              JOIN staff s ON s.id = t.staff_id
             WHERE t.session_id = :session
             ORDER BY s.name, s.id
            """)
    List<TrainerName> trainersOf(UUID session);
}
