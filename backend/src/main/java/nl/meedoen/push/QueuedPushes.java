package nl.meedoen.push;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The push_outbox table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface QueuedPushes extends GenericRepository<StoredPush, Long> {

    /**
     * One row per phone of the newcomer that is still signed in and allowed notifications. A notice
     * that a phone has (or had) already is skipped by the unique key, so queueing twice adds nothing.
     */
    @Query("""
            INSERT INTO push_outbox (subscription_id, dedup_key, kind, payload, valid_until)
            SELECT s.id, :dedupKey, :kind, :payload, :validUntil
              FROM push_subscription s
              JOIN newcomer_session ns ON ns.id = s.newcomer_session_id
             WHERE ns.newcomer_id = :newcomerId AND ns.revoked_at IS NULL
                ON CONFLICT (subscription_id, dedup_key) DO NOTHING
            """)
    int queueForEveryPhone(UUID newcomerId, String dedupKey, String kind, String payload, Instant validUntil);

    /**
     * The notice that has waited longest, locked until the end of the transaction. Rows another sender
     * holds are skipped rather than waited for, so any number of instances can send at once and no two
     * of them ever hold the same notice. Phones that were signed out get nothing more.
     */
    @Query("""
            SELECT o.id, o.kind, o.payload, o.attempts, o.valid_until, s.id AS subscription_id, s.endpoint, s.p256dh, s.auth
              FROM push_outbox o
              JOIN push_subscription s ON s.id = o.subscription_id
              JOIN newcomer_session ns ON ns.id = s.newcomer_session_id
             WHERE o.sent_at IS NULL AND o.given_up_at IS NULL AND o.next_attempt_at <= now() AND ns.revoked_at IS NULL
             ORDER BY o.next_attempt_at, o.id
             LIMIT 1
               FOR UPDATE OF o SKIP LOCKED
            """)
    Optional<QueuedPush> claimNextDue();

    @Query("UPDATE push_outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL, payload = '' WHERE id = :id")
    void markSent(long id);

    @Query("UPDATE push_outbox SET attempts = attempts + 1, next_attempt_at = :nextAttemptAt, last_error = :error WHERE id = :id")
    void markFailed(long id, Instant nextAttemptAt, String error);

    /** For a notice that expired ({@code attempted} false) or that the push service refused for good. */
    @Query("""
            UPDATE push_outbox
               SET given_up_at = now(), attempts = attempts + CASE WHEN :attempted THEN 1 ELSE 0 END, last_error = :error, payload = ''
             WHERE id = :id
            """)
    void giveUp(long id, boolean attempted, String error);

    @Query("SELECT count(*) FROM push_outbox WHERE sent_at IS NULL AND given_up_at IS NULL")
    long countPending();

    @Query("DELETE FROM push_outbox WHERE coalesce(sent_at, given_up_at) < :before")
    int deleteFinishedBefore(Instant before);
}
