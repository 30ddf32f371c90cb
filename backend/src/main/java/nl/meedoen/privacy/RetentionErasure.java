package nl.meedoen.privacy;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.database.PlainSql;
import nl.meedoen.identity.AuditLog;
import nl.meedoen.signing.SignatureErasure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Erases the personal data of newcomers whose retention period is over, one municipality's batch per
 * transaction, with one audit entry of counts in that same transaction. Every table that holds something
 * of a newcomer is handled here (see the README's section on retention):
 * <ul>
 *   <li>the signature record keeps each row with its hashes, dates, versions and verification code, and the
 *       newcomer's id as a pseudonym; the image, typed name, reason, device and client address go
 *       ({@link SignatureErasure});</li>
 *   <li>mails still in the outbox for the newcomer's address, unless someone kept still uses that address;</li>
 *   <li>booking requests (idempotency keys and their answers) of the newcomer or made for them;</li>
 *   <li>the newcomer's row, and with it, by the database's cascading foreign keys: invitations, linked phones,
 *       their push subscriptions and queued pushes, bookings and their reminders, attendance and check-ins,
 *       and signing ceremonies with their drawn or typed signatures.</li>
 * </ul>
 * The audit log keeps what staff did, which names newcomers only by id.
 */
@Singleton
class RetentionErasure {

    /** How the job appears as the actor on the (Dutch) staff screens. */
    static final String ACTOR = "Bewaartermijn (automatisch)";
    static final String ACTION = "retention.erased";

    private final TrajectoryEnds ends;
    private final SignatureErasure signatures;
    private final PlainSql sql;
    private final AuditLog audit;

    RetentionErasure(TrajectoryEnds ends, SignatureErasure signatures, PlainSql sql, AuditLog audit) {
        this.ends = ends;
        this.signatures = signatures;
        this.sql = sql;
        this.audit = audit;
    }

    /** Erases up to {@code most} due newcomers of the municipality; none due gives empty counts and no audit entry. */
    @Transactional
    RetentionCounts eraseBatch(String municipality, Instant cutoff, Instant now, int most) {
        List<UUID> due = ends.lockEndedBefore(municipality, cutoff, most);
        RetentionCounts counts = new RetentionCounts();
        if (due.isEmpty()) {
            return counts;
        }
        UUID[] ids = due.toArray(UUID[]::new);
        counts.add("newcomers", due.size());
        countCascades(ids, counts);
        for (UUID newcomer : due) {
            SignatureErasure.Erased erased = signatures.eraseOf(newcomer, now);
            counts.add("signatures-erased", erased.rows()).add("signatures-kept-whole", erased.keptWhole());
        }
        counts.add("mails", sql.update("""
                DELETE FROM mail_outbox m
                 WHERE lower(m.recipient) IN (SELECT lower(n.email) FROM newcomer n WHERE n.id = ANY(?) AND n.email IS NOT NULL)
                   AND NOT EXISTS (SELECT 1 FROM newcomer o WHERE lower(o.email) = lower(m.recipient) AND o.id <> ALL(?))
                   AND NOT EXISTS (SELECT 1 FROM staff s WHERE lower(s.email) = lower(m.recipient))
                """, ids, ids));
        counts.add("booking-requests", sql.update("""
                DELETE FROM booking_request r
                 WHERE r.caller IN (SELECT 'newcomer:' || due.id FROM unnest(?::uuid[]) AS due (id))
                    OR r.request_hash IN (SELECT encode(sha256(convert_to(b.newcomer_id || ' ' || b.session_id, 'UTF8')), 'hex')
                                            FROM booking b WHERE b.newcomer_id = ANY(?))
                """, ids, ids));
        int newcomers = sql.update("DELETE FROM newcomer WHERE id = ANY(?)", (Object) ids);
        if (newcomers != due.size()) {
            throw new IllegalStateException("Locked " + due.size() + " newcomers for erasure but removed " + newcomers);
        }
        audit.recordByJob(ACTOR, municipality, ACTION, counts.summary());
        return counts;
    }

    /** What goes with the newcomers' rows through cascading foreign keys, counted before it goes. */
    private void countCascades(UUID[] ids, RetentionCounts counts) {
        sql.list("""
                WITH due AS (SELECT unnest(?::uuid[]) AS id)
                SELECT (SELECT count(*) FROM invitation WHERE newcomer_id IN (SELECT id FROM due)),
                       (SELECT count(*) FROM newcomer_session WHERE newcomer_id IN (SELECT id FROM due)),
                       (SELECT count(*) FROM push_subscription p JOIN newcomer_session s ON s.id = p.newcomer_session_id
                         WHERE s.newcomer_id IN (SELECT id FROM due)),
                       (SELECT count(*) FROM push_outbox o JOIN push_subscription p ON p.id = o.subscription_id
                          JOIN newcomer_session s ON s.id = p.newcomer_session_id WHERE s.newcomer_id IN (SELECT id FROM due)),
                       (SELECT count(*) FROM booking WHERE newcomer_id IN (SELECT id FROM due)),
                       (SELECT count(*) FROM booking_reminder r JOIN booking b ON b.id = r.booking_id
                         WHERE b.newcomer_id IN (SELECT id FROM due)),
                       (SELECT count(*) FROM attendance WHERE newcomer_id IN (SELECT id FROM due)),
                       (SELECT count(*) FROM check_in WHERE newcomer_id IN (SELECT id FROM due)),
                       (SELECT count(*) FROM signing_ceremony WHERE newcomer_id IN (SELECT id FROM due))
                """, row -> counts.add("invitations", row.getInt(1)).add("linked-phones", row.getInt(2))
                .add("push-subscriptions", row.getInt(3)).add("pushes", row.getInt(4)).add("bookings", row.getInt(5))
                .add("reminders", row.getInt(6)).add("attendances", row.getInt(7)).add("check-ins", row.getInt(8))
                .add("ceremonies", row.getInt(9)), (Object) ids);
    }
}
