package nl.meedoen.identity;

import jakarta.inject.Singleton;
import nl.meedoen.database.Database;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The newcomer table, always read within one municipality. */
@Singleton
final class Newcomers {

    private static final String SELECT = """
            SELECT n.*, EXISTS (SELECT 1 FROM newcomer_session s WHERE s.newcomer_id = n.id AND s.revoked_at IS NULL) AS linked
              FROM newcomer n
            """;

    private final Database database;

    Newcomers(Database database) {
        this.database = database;
    }

    record Registration(String name, String preferredLanguage, String targetGroup, String regime,
                        LocalDate obligationStart, LocalDate deadline, String phone, String email) {
    }

    UUID register(String municipality, Registration registration, UUID registeredBy) {
        UUID id = UUID.randomUUID();
        database.update("""
                INSERT INTO newcomer (id, municipality_code, name, preferred_lang, target_group, regime, obligation_start,
                                      deadline, phone, email, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, id, municipality, registration.name(), registration.preferredLanguage(), registration.targetGroup(),
                registration.regime(), registration.obligationStart(), registration.deadline(), registration.phone(),
                registration.email(), registeredBy);
        return id;
    }

    List<Newcomer> in(String municipality) {
        return database.list(SELECT + " WHERE n.municipality_code = ? ORDER BY n.created_at DESC", Newcomers::newcomer, municipality);
    }

    Optional<Newcomer> find(String municipality, UUID id) {
        return database.one(SELECT + " WHERE n.municipality_code = ? AND n.id = ?", Newcomers::newcomer, municipality, id);
    }

    Optional<Newcomer> byId(UUID id) {
        return database.one(SELECT + " WHERE n.id = ?", Newcomers::newcomer, id);
    }

    private static Newcomer newcomer(ResultSet row) throws SQLException {
        return new Newcomer(row.getObject("id", UUID.class), row.getString("municipality_code"), row.getString("name"),
                row.getString("preferred_lang"), row.getString("target_group"), row.getString("regime"),
                row.getObject("obligation_start", LocalDate.class), row.getObject("deadline", LocalDate.class),
                row.getString("phone"), row.getString("email"), row.getTimestamp("created_at").toInstant(), row.getBoolean("linked"));
    }
}
