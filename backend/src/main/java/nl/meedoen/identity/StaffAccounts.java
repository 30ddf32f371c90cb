package nl.meedoen.identity;

import jakarta.inject.Singleton;
import nl.meedoen.database.Database;
import org.jspecify.annotations.Nullable;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Staff members and their roles (tables staff and staff_role). */
@Singleton
final class StaffAccounts {

    record Account(UUID id, String email, String name, @Nullable String passwordHash, int failedSignIns,
                   @Nullable Instant lockedUntil, boolean active) {
    }

    private static final String COLUMNS = "id, email, name, password_hash, failed_sign_ins, locked_until, active";

    private final Database database;

    StaffAccounts(Database database) {
        this.database = database;
    }

    Optional<Account> byEmail(String email) {
        return database.one("SELECT " + COLUMNS + " FROM staff WHERE lower(email) = lower(?)", StaffAccounts::account, email);
    }

    Optional<Account> byId(UUID id) {
        return database.one("SELECT " + COLUMNS + " FROM staff WHERE id = ?", StaffAccounts::account, id);
    }

    List<RoleGrant> roles(UUID staffId) {
        return database.list("SELECT role, municipality_code FROM staff_role WHERE staff_id = ? ORDER BY role, municipality_code",
                row -> new RoleGrant(Role.of(row.getString(1)), row.getString(2)), staffId);
    }

    UUID create(String email, String name) {
        UUID id = UUID.randomUUID();
        database.update("INSERT INTO staff (id, email, name) VALUES (?, ?, ?)", id, email.strip(), name.strip());
        return id;
    }

    void grant(UUID staffId, Role role, @Nullable String municipality) {
        database.update("""
                INSERT INTO staff_role (staff_id, role, municipality_code) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING
                """, staffId, role, municipality);
    }

    void revokeRolesIn(UUID staffId, String municipality) {
        database.update("DELETE FROM staff_role WHERE staff_id = ? AND municipality_code = ?", staffId, municipality);
    }

    void setPassword(UUID id, String hash) {
        database.update("UPDATE staff SET password_hash = ?, failed_sign_ins = 0, locked_until = NULL WHERE id = ?", hash, id);
    }

    /** Counts a failed sign-in; from the fifth on the account is locked, twice as long each time (at most a day). */
    void failedSignIn(UUID id) {
        database.update("""
                UPDATE staff
                   SET failed_sign_ins = failed_sign_ins + 1,
                       locked_until = CASE WHEN failed_sign_ins + 1 >= 5
                                           THEN now() + least(interval '15 minutes' * power(2, failed_sign_ins + 1 - 5), interval '1 day')
                                      END
                 WHERE id = ?
                """, id);
    }

    void succeededSignIn(UUID id) {
        database.update("UPDATE staff SET failed_sign_ins = 0, locked_until = NULL WHERE id = ? AND failed_sign_ins > 0", id);
    }

    private static Account account(ResultSet row) throws SQLException {
        java.sql.Timestamp locked = row.getTimestamp("locked_until");
        return new Account(row.getObject("id", UUID.class), row.getString("email"), row.getString("name"),
                row.getString("password_hash"), row.getInt("failed_sign_ins"), locked == null ? null : locked.toInstant(),
                row.getBoolean("active"));
    }
}
