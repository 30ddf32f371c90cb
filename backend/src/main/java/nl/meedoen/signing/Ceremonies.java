package nl.meedoen.signing;

import jakarta.inject.Singleton;
import nl.meedoen.database.PlainSql;
import org.jspecify.annotations.Nullable;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The signing_ceremony table. */
@Singleton
class Ceremonies {

    private final PlainSql db;

    Ceremonies(PlainSql db) {
        this.db = db;
    }

    void open(Ceremony ceremony) {
        db.update("""
                INSERT INTO signing_ceremony (id, municipality_code, newcomer_id, session_id, opened_by, declaration_version,
                                              translation_id, local_agreements_version, locale, document_sha256, on_phone_until)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, ceremony.id(), ceremony.municipality(), ceremony.newcomer(), ceremony.session(), ceremony.openedBy(),
                ceremony.declarationVersion(), ceremony.translationId(), ceremony.localAgreementsVersion(), ceremony.locale(),
                ceremony.documentSha256(), ceremony.onPhoneUntil());
    }

    /** The ceremony, locked until the transaction ends, so that a submission and a witness take turns. */
    Optional<Ceremony> lock(String municipality, UUID id) {
        return db.one("SELECT * FROM signing_ceremony WHERE municipality_code = ? AND id = ? FOR UPDATE", Ceremonies::row, municipality, id);
    }

    Optional<Ceremony> find(String municipality, UUID id) {
        return db.one("SELECT * FROM signing_ceremony WHERE municipality_code = ? AND id = ?", Ceremonies::row, municipality, id);
    }

    /** A ceremony held on the newcomer's phone, locked like {@link #lock}; another newcomer's or one held at the counter is not found. */
    Optional<Ceremony> lockOnPhone(UUID newcomer, UUID id) {
        return db.one("SELECT * FROM signing_ceremony WHERE newcomer_id = ? AND id = ? AND on_phone_until IS NOT NULL FOR UPDATE",
                Ceremonies::row, newcomer, id);
    }

    Optional<Ceremony> findOnPhone(UUID newcomer, UUID id) {
        return db.one("SELECT * FROM signing_ceremony WHERE newcomer_id = ? AND id = ? AND on_phone_until IS NOT NULL",
                Ceremonies::row, newcomer, id);
    }

    /** The newest ceremony on the newcomer's phone that has not ended: still to sign in time, or signed and awaiting the witness. */
    Optional<Ceremony> currentOnPhone(UUID newcomer) {
        return db.one("""
                SELECT * FROM signing_ceremony
                 WHERE newcomer_id = ? AND on_phone_until IS NOT NULL AND signature_id IS NULL
                   AND (signed_at IS NOT NULL OR on_phone_until > now())
                 ORDER BY opened_at DESC LIMIT 1
                """, Ceremonies::row, newcomer);
    }

    void submit(UUID id, String key, byte @Nullable [] png, @Nullable String typedName, Instant signedAt, @Nullable String device,
                String client) {
        db.update("""
                UPDATE signing_ceremony SET submission_key = ?, signature_png = ?, typed_name = ?, signed_at = ?, device = ?, client_address = ?
                 WHERE id = ?
                """, key, png, typedName, signedAt, device, client, id);
    }

    void close(UUID id, UUID signature) {
        db.update("UPDATE signing_ceremony SET signature_id = ? WHERE id = ?", signature, id);
    }

    private static Ceremony row(ResultSet row) throws SQLException {
        return new Ceremony(PlainSql.uuid(row, "id"), row.getString("municipality_code"), PlainSql.uuid(row, "newcomer_id"), PlainSql.uuid(row, "session_id"),
                PlainSql.uuid(row, "opened_by"), row.getInt("declaration_version"), (Long) row.getObject("translation_id"),
                (Integer) row.getObject("local_agreements_version"), row.getString("locale"), row.getString("document_sha256"),
                row.getString("submission_key"), row.getBytes("signature_png"), row.getString("typed_name"), PlainSql.instant(row, "signed_at"),
                row.getString("device"), row.getString("client_address"), PlainSql.uuid(row, "signature_id"),
                PlainSql.instant(row, "on_phone_until"));
    }
}
