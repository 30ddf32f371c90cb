package nl.meedoen.mail;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

/** The mail_outbox table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface QueuedMails extends GenericRepository<QueuedMail, Long> {

    QueuedMail save(QueuedMail mail);

    /**
     * The mail that has waited longest, locked until the end of the transaction. Rows that another
     * sender holds are skipped rather than waited for, so any number of instances can send at once
     * and no two of them ever hold the same mail.
     */
    @Query("""
            SELECT * FROM mail_outbox
             WHERE sent_at IS NULL AND next_attempt_at <= now()
             ORDER BY next_attempt_at, id
             LIMIT 1
               FOR UPDATE SKIP LOCKED
            """)
    Optional<QueuedMail> claimNextDue();

    /** The bodies go once the mail is out: they may hold a one-time link, and nobody needs them any more. */
    @Query("""
            UPDATE mail_outbox
               SET sent_at = now(), attempts = attempts + 1, last_error = NULL, text_body = '', html_body = NULL
             WHERE id = :id
            """)
    void markSent(long id);

    @Query("UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = :nextAttemptAt, last_error = :error WHERE id = :id")
    void markFailed(long id, Instant nextAttemptAt, String error);

    long countBySentAtIsNull();

    @Query("DELETE FROM mail_outbox WHERE sent_at < :before")
    int deleteSentBefore(Instant before);
}
