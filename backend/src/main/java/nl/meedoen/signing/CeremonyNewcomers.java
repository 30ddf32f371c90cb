package nl.meedoen.signing;

import jakarta.inject.Singleton;
import nl.meedoen.database.PlainSql;
import nl.meedoen.identity.NotFound;

import java.util.Optional;
import java.util.UUID;

/**
 * Reads what a ceremony needs of a newcomer (the identity feature's contact leaves out the target group,
 * which decides whether signing is voluntary), and whether a trainer teaches the newcomer's session.
 */
@Singleton
class CeremonyNewcomers {

    private final PlainSql db;

    CeremonyNewcomers(PlainSql db) {
        this.db = db;
    }

    CeremonyNewcomer require(String municipality, UUID id) {
        return find(id).filter(newcomer -> newcomer.municipality().equals(municipality)).orElseThrow(NotFound::new);
    }

    Optional<CeremonyNewcomer> find(UUID id) {
        return db.one("SELECT id, municipality_code, name, preferred_lang, target_group FROM newcomer WHERE id = ?",
                row -> new CeremonyNewcomer(PlainSql.uuid(row, "id"), row.getString(2), row.getString(3), row.getString(4), row.getString(5)), id);
    }

    /** Whether a phone of the newcomer is linked (redeemed a letter and was not signed out since). */
    boolean hasLinkedPhone(UUID newcomer) {
        return db.one("SELECT 1 FROM newcomer_session WHERE newcomer_id = ? AND revoked_at IS NULL LIMIT 1", row -> true, newcomer).isPresent();
    }

    /** Whether the newcomer has a seat (a confirmed booking) in the session. */
    boolean hasSeatIn(UUID session, UUID newcomer) {
        return db.one("SELECT 1 FROM booking WHERE session_id = ? AND newcomer_id = ? AND status = 'confirmed'",
                row -> true, session, newcomer).isPresent();
    }

    /** Whether the staff member trains a session in which the newcomer has a seat. */
    boolean trainsSessionOf(UUID staff, UUID session, UUID newcomer) {
        return db.one("""
                SELECT 1 FROM workshop_session_trainer t
                  JOIN booking b ON b.session_id = t.session_id
                 WHERE t.staff_id = ? AND t.session_id = ? AND b.newcomer_id = ? AND b.status = 'confirmed'
                """, row -> true, staff, session, newcomer).isPresent();
    }
}
