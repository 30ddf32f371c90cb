package nl.meedoen.signing;

import jakarta.inject.Singleton;
import nl.meedoen.database.PlainSql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The declaration_version and declaration_text tables: every wording ever shipped. */
@Singleton
class DeclarationTexts {

    private static final String SELECT = """
            SELECT t.id, t.version, v.wording, t.lang, t.title, t.body_markdown, t.voluntary, t.review_status
              FROM declaration_text t
              JOIN declaration_version v ON v.version = t.version
            """;

    private final PlainSql db;

    DeclarationTexts(PlainSql db) {
        this.db = db;
    }

    Optional<Integer> latestVersion() {
        return db.one("SELECT version FROM declaration_version ORDER BY version DESC LIMIT 1", row -> row.getInt(1));
    }

    Optional<DeclarationText> dutch(int version) {
        return db.one(SELECT + " WHERE t.version = ? AND t.lang = 'nl'", DeclarationTexts::text, version);
    }

    /** The newest revision of a translation of a version. */
    Optional<DeclarationText> translation(int version, String lang) {
        return db.one(SELECT + " WHERE t.version = ? AND t.lang = ? ORDER BY t.id DESC LIMIT 1", DeclarationTexts::text, version, lang);
    }

    Optional<DeclarationText> byId(long id) {
        return db.one(SELECT + " WHERE t.id = ?", DeclarationTexts::text, id);
    }

    Optional<String> hashOf(int version, String lang, String textSha256) {
        return db.one("SELECT text_sha256 FROM declaration_text WHERE version = ? AND lang = ? AND text_sha256 = ?",
                row -> row.getString(1), version, lang, textSha256);
    }

    Optional<String> dutchHash(int version) {
        return db.one("SELECT text_sha256 FROM declaration_text WHERE version = ? AND lang = 'nl'", row -> row.getString(1), version);
    }

    void addVersion(int version, String wording) {
        db.update("INSERT INTO declaration_version (version, wording) VALUES (?, ?) ON CONFLICT DO NOTHING", version, wording);
    }

    void add(int version, String lang, String title, String body, String voluntary, String status, String textSha256) {
        db.update("""
                INSERT INTO declaration_text (version, lang, title, body_markdown, voluntary, review_status, text_sha256)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, version, lang, title, body, voluntary, status, textSha256);
    }

    private static DeclarationText text(ResultSet row) throws SQLException {
        return new DeclarationText(row.getLong("id"), row.getInt("version"), row.getString("wording"), row.getString("lang"),
                row.getString("title"), row.getString("body_markdown"), row.getString("voluntary"), row.getString("review_status"));
    }
}
