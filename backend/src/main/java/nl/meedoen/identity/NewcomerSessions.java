package nl.meedoen.identity;

import jakarta.inject.Singleton;
import nl.meedoen.database.Database;

import java.util.Optional;
import java.util.UUID;

/**
 * The long-lived sign-in of a newcomer's phone, made by redeeming an invitation. It lasts until it
 * is revoked, for example when a new invitation is issued because the phone was lost.
 */
@Singleton
final class NewcomerSessions {

    static final String PREFIX = "nc.";

    private final Database database;

    NewcomerSessions(Database database) {
        this.database = database;
    }

    String start(UUID newcomerId, UUID invitationId) {
        String token = Secrets.token(PREFIX);
        database.update("INSERT INTO newcomer_session (id, newcomer_id, invitation_id, token_hash) VALUES (?, ?, ?, ?)",
                UUID.randomUUID(), newcomerId, invitationId, Secrets.sha256(token));
        return token;
    }

    Optional<SignedInNewcomer> find(String token) {
        return database.one("""
                SELECT s.id, n.id AS newcomer_id, n.municipality_code
                  FROM newcomer_session s
                  JOIN newcomer n ON n.id = s.newcomer_id
                 WHERE s.token_hash = ? AND s.revoked_at IS NULL
                """, row -> new SignedInNewcomer(row.getObject("newcomer_id", UUID.class), row.getString("municipality_code"),
                row.getObject("id", UUID.class)), Secrets.sha256(token));
    }

    void revoke(UUID sessionId) {
        database.update("UPDATE newcomer_session SET revoked_at = now() WHERE id = ? AND revoked_at IS NULL", sessionId);
    }

    void revokeAllOf(UUID newcomerId) {
        database.update("UPDATE newcomer_session SET revoked_at = now() WHERE newcomer_id = ? AND revoked_at IS NULL", newcomerId);
    }
}
