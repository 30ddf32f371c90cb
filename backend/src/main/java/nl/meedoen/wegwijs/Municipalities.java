package nl.meedoen.wegwijs;

import jakarta.inject.Singleton;
import nl.meedoen.database.Database;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The municipality table. */
@Singleton
final class Municipalities {

    private static final String COLUMNS = "code, slug, name, demo, phone, email, website, address";

    private final Database database;

    Municipalities(Database database) {
        this.database = database;
    }

    List<Municipality> matching(String searchKey) {
        return database.list("SELECT " + COLUMNS + " FROM municipality WHERE search_key LIKE ? ORDER BY name",
                Municipalities::municipality, "%" + searchKey.replace("%", "").replace("_", "") + "%");
    }

    Optional<Municipality> find(String code) {
        return database.one("SELECT " + COLUMNS + " FROM municipality WHERE code = ?", Municipalities::municipality, code);
    }

    boolean exists(String code) {
        return find(code).isPresent();
    }

    /** Adds a municipality, or renames it when the code is already known. */
    void save(Municipality municipality) {
        database.update("""
                INSERT INTO municipality (code, slug, name, search_key, demo, phone, email, website, address)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE
                   SET name = excluded.name, search_key = excluded.search_key
                 WHERE municipality.name IS DISTINCT FROM excluded.name
                """, municipality.code(), municipality.slug(), municipality.name(), SearchKey.of(municipality.name()),
                municipality.demo(), municipality.phone(), municipality.email(), municipality.website(), municipality.address());
    }

    private static Municipality municipality(ResultSet row) throws SQLException {
        return new Municipality(row.getString("code"), row.getString("slug"), row.getString("name"), row.getBoolean("demo"),
                row.getString("phone"), row.getString("email"), row.getString("website"), row.getString("address"));
    }
}
