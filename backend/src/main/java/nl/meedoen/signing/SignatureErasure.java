package nl.meedoen.signing;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.database.PlainSql;

import java.time.Instant;
import java.util.UUID;

/**
 * Removes the personal parts of a newcomer's signature rows — the drawn image, the typed name, the
 * reason, the device and the client address — when the retention period of their trajectory is over.
 * What proof requires stays: the row, its place in the chain and its hashes, the dates, the versions of
 * what was signed, the witness and the verification code; the newcomer stays only as their id. The
 * database allows exactly this change to a signature and no other (migration V29).
 */
@Singleton
public class SignatureErasure {

    /** How many rows were erased, and how many could not be: rows of format 1 hold their personal parts in their hash. */
    public record Erased(int rows, int keptWhole) {
    }

    private final PlainSql db;

    SignatureErasure(PlainSql db) {
        this.db = db;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Erased eraseOf(UUID newcomer, Instant at) {
        int erased = db.update("""
                UPDATE signature
                   SET signature_png = NULL, typed_name = NULL, reason = NULL, device = NULL, client_address = NULL,
                       personal_salt = NULL, erased_at = ?
                 WHERE newcomer_id = ? AND personal_sha256 IS NOT NULL AND erased_at IS NULL
                """, at, newcomer);
        int keptWhole = db.one("SELECT count(*) FROM signature WHERE newcomer_id = ? AND personal_sha256 IS NULL",
                row -> row.getInt(1), newcomer).orElse(0);
        return new Erased(erased, keptWhole);
    }
}
