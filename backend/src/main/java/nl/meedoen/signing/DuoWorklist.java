package nl.meedoen.signing;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.database.PlainSql;
import nl.meedoen.identity.AuditLog;
import nl.meedoen.identity.NotFound;
import nl.meedoen.identity.Role;
import nl.meedoen.identity.SignedInStaff;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a coordinator still has to register in DUO's portal: every signature (not revoked) and refusal
 * without a registration, with what the portal asks — name, date of signing and result — and marking
 * one registered, with the date and who did it.
 */
@Singleton
class DuoWorklist {

    /** One line of the worklist; {@code result} is {@code signed} or {@code refused}. */
    @Serdeable
    record Entry(UUID signatureId, String name, LocalDate date, String result) {
    }

    private final PlainSql db;
    private final AuditLog audit;

    DuoWorklist(PlainSql db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    @Transactional
    List<Entry> open(String municipality, SignedInStaff staff) {
        staff.requireIn(municipality, Role.COORDINATOR);
        return db.list("""
                SELECT s.id, n.name, (coalesce(s.signed_at, s.recorded_at) AT TIME ZONE 'Europe/Amsterdam')::date AS day, s.kind
                  FROM signature s
                  JOIN newcomer n ON n.id = s.newcomer_id
                 WHERE s.municipality_code = ? AND s.kind IN ('signed', 'refused')
                   AND NOT EXISTS (SELECT 1 FROM signature r WHERE r.revokes = s.id)
                   AND NOT EXISTS (SELECT 1 FROM duo_registration d WHERE d.signature_id = s.id)
                 ORDER BY s.position
                """, row -> new Entry(PlainSql.uuid(row, "id"), row.getString("name"), row.getObject("day", LocalDate.class),
                row.getString("kind")), municipality);
    }

    /** The worklist for a download: who took a file with names out of the service is in the audit log. */
    @Transactional
    List<Entry> export(String municipality, SignedInStaff staff, String client) {
        List<Entry> entries = open(municipality, staff);
        audit.record(staff, municipality, "duo.exported", entries.size() + " rows", client);
        return entries;
    }

    @Transactional
    void markRegistered(String municipality, UUID signature, LocalDate registeredOn, SignedInStaff staff, String client) {
        staff.requireIn(municipality, Role.COORDINATOR);
        // A signature revoked since the worklist was shown is off the list: it is not registered with DUO.
        db.one("""
                SELECT 1 FROM signature s
                 WHERE s.municipality_code = ? AND s.id = ? AND s.kind IN ('signed', 'refused')
                   AND NOT EXISTS (SELECT 1 FROM signature r WHERE r.revokes = s.id)
                """, row -> true, municipality, signature).orElseThrow(NotFound::new);
        int added = db.update("""
                INSERT INTO duo_registration (signature_id, municipality_code, registered_on, registered_by)
                VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING
                """, signature, municipality, registeredOn, staff.id());
        if (added == 0) {
            throw new SigningNotPossible("This one is registered with DUO already.");
        }
        audit.record(staff, municipality, "duo.registered", signature, client);
    }
}
