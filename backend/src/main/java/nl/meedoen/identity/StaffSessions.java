package nl.meedoen.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Sign-in sessions of staff: a refresh token per session, rotated at every use, revocable. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface StaffSessions extends GenericRepository<StaffSession, UUID> {

    StaffSession save(StaffSession session);

    Optional<StaffSession> findByRefreshHash(String refreshHash);

    Optional<StaffSession> findById(UUID id);

    /**
     * Replaces a live refresh token by the next one and says whether it did (1) or not (0): a used,
     * revoked or expired token cannot be exchanged, not even by two requests at the same time.
     */
    @Query("""
            UPDATE staff_session SET refresh_hash = :next
             WHERE refresh_hash = :current AND revoked_at IS NULL AND expires_at > now()
            """)
    int rotate(String current, String next);

    @Query("""
            SELECT EXISTS (SELECT 1 FROM staff_session
                            WHERE id = :id AND staff_id = :staffId AND revoked_at IS NULL AND expires_at > now())
            """)
    boolean isLiveFor(UUID id, UUID staffId);

    @Query("UPDATE staff_session SET revoked_at = now() WHERE id = :id AND revoked_at IS NULL")
    void revoke(UUID id);

    @Query("UPDATE staff_session SET revoked_at = now() WHERE staff_id = :staffId AND revoked_at IS NULL")
    void revokeAllOf(UUID staffId);

    /** Sessions that ended (expired or revoked) before the moment; returns how many went. */
    @Query("DELETE FROM staff_session WHERE revoked_at < :before OR expires_at < :before")
    int deleteEndedBefore(Instant before);
}
