package nl.meedoen.signing;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.database.PlainSql;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The signature table: rows are only ever added, each at the end of its municipality's chain. Adding
 * waits for the municipality's chain lock, so that concurrent signings queue up instead of both
 * claiming the same previous row.
 */
@Singleton
class Signatures {

    private static final String COLUMNS = """
            id, municipality_code, position, kind, newcomer_id, session_id, declaration_version, translation_id,
            local_agreements_version, locale, document_sha256, signature_png, typed_name, reason, revokes, signed_at,
            recorded_by, recorded_at, device, client_address, verification_code, previous_hash, row_hash, personal_sha256, personal_salt,
            erased_at
            """;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PlainSql db;

    Signatures(PlainSql db) {
        this.db = db;
    }

    /**
     * Adds a row after the municipality's last one. The draft's position, previous hash, verification
     * code, personal hash (with a new random salt) and row hash are filled in here.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    SignatureRow append(SignatureRow draft) {
        db.lockUntilCommit("signature-chain:" + draft.municipality());
        record Last(long position, String hash) {
        }
        Last last = db.one("SELECT position, row_hash FROM signature WHERE municipality_code = ? ORDER BY position DESC LIMIT 1",
                row -> new Last(row.getLong(1), row.getString(2)), draft.municipality()).orElse(new Last(0, SignatureRow.GENESIS));
        String code = draft.kind().equals("signed") ? unusedCode() : null;
        SignatureRow row = new SignatureRow(draft.id(), draft.municipality(), last.position() + 1, draft.kind(), draft.newcomer(),
                draft.session(), draft.declarationVersion(), draft.translationId(), draft.localAgreementsVersion(), draft.locale(),
                draft.documentSha256(), draft.signaturePng(), draft.typedName(), draft.reason(), draft.revokes(), draft.signedAt(),
                draft.recordedBy(), draft.recordedAt(), draft.device(), draft.clientAddress(), code, last.hash(), "")
                .withPersonalHash(salt()).withHash();
        db.update("INSERT INTO signature (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.id(), row.municipality(), row.position(), row.kind(), row.newcomer(), row.session(), row.declarationVersion(),
                row.translationId(), row.localAgreementsVersion(), row.locale(), row.documentSha256(), row.signaturePng(),
                row.typedName(), row.reason(), row.revokes(), row.signedAt(), row.recordedBy(), row.recordedAt(), row.device(),
                row.clientAddress(), row.verificationCode(), row.previousHash(), row.rowHash(), row.personalSha256(), row.personalSalt(),
                row.erasedAt());
        return row;
    }

    Optional<SignatureRow> byId(String municipality, UUID id) {
        return db.one("SELECT " + COLUMNS + " FROM signature WHERE municipality_code = ? AND id = ?", Signatures::row, municipality, id);
    }

    Optional<SignatureRow> byCode(String code) {
        return db.one("SELECT " + COLUMNS + " FROM signature WHERE verification_code = ?", Signatures::row, code);
    }

    Optional<SignatureRow> revocationOf(UUID id) {
        return db.one("SELECT " + COLUMNS + " FROM signature WHERE revokes = ?", Signatures::row, id);
    }

    List<SignatureRow> ofNewcomer(UUID newcomer) {
        return db.list("SELECT " + COLUMNS + " FROM signature WHERE newcomer_id = ? ORDER BY position", Signatures::row, newcomer);
    }

    /** Hands every row of the municipality's chain to the consumer in order, one at a time. */
    void walk(String municipality, Consumer<SignatureRow> consumer) {
        db.list("SELECT " + COLUMNS + " FROM signature WHERE municipality_code = ? ORDER BY position", row -> {
            consumer.accept(row(row));
            return Boolean.TRUE;
        }, municipality);
    }

    private static byte[] salt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return salt;
    }

    private String unusedCode() {
        String code;
        do {
            code = VerificationCodes.next();
        } while (byCode(code).isPresent());
        return code;
    }

    static SignatureRow row(ResultSet row) throws SQLException {
        return new SignatureRow(PlainSql.uuid(row, "id"), row.getString("municipality_code"), row.getLong("position"), row.getString("kind"),
                PlainSql.uuid(row, "newcomer_id"), PlainSql.uuid(row, "session_id"), (Integer) row.getObject("declaration_version"),
                (Long) row.getObject("translation_id"), (Integer) row.getObject("local_agreements_version"), row.getString("locale"),
                row.getString("document_sha256"), row.getBytes("signature_png"), row.getString("typed_name"), row.getString("reason"),
                PlainSql.uuid(row, "revokes"), PlainSql.instant(row, "signed_at"), PlainSql.uuid(row, "recorded_by"), PlainSql.instant(row, "recorded_at"),
                row.getString("device"), row.getString("client_address"), row.getString("verification_code"),
                row.getString("previous_hash"), row.getString("row_hash"), row.getString("personal_sha256"), row.getBytes("personal_salt"),
                PlainSql.instant(row, "erased_at"));
    }
}
