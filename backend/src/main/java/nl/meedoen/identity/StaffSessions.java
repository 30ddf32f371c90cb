package nl.meedoen.identity;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import nl.meedoen.database.Database;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Sign-in sessions of staff: a refresh token per session, rotated at every use, revocable. */
@Singleton
final class StaffSessions {

    private final Database database;
    private final Duration lifetime;

    StaffSessions(Database database, @Value("${meedoen.staff-session-hours:12}") int hours) {
        this.database = database;
        this.lifetime = Duration.ofHours(hours);
    }

    /** Starts a session and returns its first refresh token. */
    String start(UUID sessionId, UUID staffId) {
        String refresh = Secrets.token("rt.");
        database.update("INSERT INTO staff_session (id, staff_id, refresh_hash, expires_at) VALUES (?, ?, ?, ?)",
                sessionId, staffId, Secrets.sha256(refresh), Instant.now().plus(lifetime));
        return refresh;
    }

    record Rotated(UUID sessionId, UUID staffId, String refreshToken) {
    }

    /** Exchanges a live refresh token for a new one; a used, revoked or expired token gets nothing. */
    Optional<Rotated> rotate(String refreshToken) {
        String next = Secrets.token("rt.");
        return database.one("""
                UPDATE staff_session
                   SET refresh_hash = ?
                 WHERE refresh_hash = ? AND revoked_at IS NULL AND expires_at > now()
                RETURNING id, staff_id
                """, row -> new Rotated(row.getObject(1, UUID.class), row.getObject(2, UUID.class), next),
                Secrets.sha256(next), Secrets.sha256(refreshToken));
    }

    boolean isLive(UUID sessionId) {
        return database.one("SELECT 1 FROM staff_session WHERE id = ? AND revoked_at IS NULL AND expires_at > now()",
                row -> true, sessionId).isPresent();
    }

    void revoke(UUID sessionId) {
        database.update("UPDATE staff_session SET revoked_at = now() WHERE id = ? AND revoked_at IS NULL", sessionId);
    }

    void revokeAllOf(UUID staffId) {
        database.update("UPDATE staff_session SET revoked_at = now() WHERE staff_id = ? AND revoked_at IS NULL", staffId);
    }
}
