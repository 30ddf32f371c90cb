package nl.meedoen.push;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.UUID;

/** The push_subscription table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PushSubscriptions extends GenericRepository<StoredSubscription, Long> {

    /** An endpoint belongs to one browser: when another sign-in had it, that browser is now this one's. */
    @Query("DELETE FROM push_subscription WHERE endpoint = :endpoint AND newcomer_session_id <> :sessionId")
    void releaseEndpoint(String endpoint, UUID sessionId);

    /** One subscription per sign-in: a new one replaces the old, and notices still waiting go to the new one. */
    @Query("""
            INSERT INTO push_subscription (newcomer_session_id, endpoint, p256dh, auth)
            VALUES (:sessionId, :endpoint, :p256dh, :auth)
                ON CONFLICT (newcomer_session_id) DO UPDATE SET endpoint = EXCLUDED.endpoint, p256dh = EXCLUDED.p256dh, auth = EXCLUDED.auth
            """)
    void store(UUID sessionId, String endpoint, byte[] p256dh, byte[] auth);

    @Query("DELETE FROM push_subscription WHERE newcomer_session_id = :sessionId")
    int deleteOfSession(UUID sessionId);

    @Query("DELETE FROM push_subscription WHERE id = :id")
    void deleteGone(long id);

    /** Phones that were signed out (a lost phone, a new invitation) keep nothing here. */
    @Query("""
            DELETE FROM push_subscription s
             USING newcomer_session ns
             WHERE ns.id = s.newcomer_session_id AND ns.revoked_at IS NOT NULL
            """)
    int deleteOfSignedOutPhones();
}
