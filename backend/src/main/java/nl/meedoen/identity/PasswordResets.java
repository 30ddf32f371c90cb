package nl.meedoen.identity;

import jakarta.inject.Singleton;
import nl.meedoen.database.Database;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** One-time links to set a password: for a new staff member, or after a reset by an admin or coordinator. */
@Singleton
final class PasswordResets {

    static final Duration VALID_FOR = Duration.ofDays(3);

    private final Database database;

    PasswordResets(Database database) {
        this.database = database;
    }

    record Issued(String token, Instant expiresAt) {
    }

    /** A new link; earlier unused links of the same person stop working. */
    Issued issue(UUID staffId, @Nullable UUID createdBy) {
        String token = Secrets.token("pw.");
        Instant expiresAt = Instant.now().plus(VALID_FOR);
        database.update("UPDATE password_reset SET used_at = now() WHERE staff_id = ? AND used_at IS NULL", staffId);
        database.update("INSERT INTO password_reset (token_hash, staff_id, created_by, expires_at) VALUES (?, ?, ?, ?)",
                Secrets.sha256(token), staffId, createdBy, expiresAt);
        return new Issued(token, expiresAt);
    }

    /** Marks the link used and says whose it is; a used, unknown or expired link is refused. */
    UUID use(String token) {
        return database.one("""
                UPDATE password_reset SET used_at = now()
                 WHERE token_hash = ? AND used_at IS NULL AND expires_at > now()
                RETURNING staff_id
                """, row -> row.getObject(1, UUID.class), Secrets.sha256(token))
                .orElseThrow(SignIn.InvalidResetLink::new);
    }
}
