package nl.meedoen.wegwijs;

import jakarta.inject.Singleton;
import nl.meedoen.database.Database;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * A municipality's own layer of wegwijs (welcome, local pages, places, opening hours). Texts are
 * read along the reader's fallback chain, like national content.
 */
@Singleton
final class LocalContent {

    record Welcome(String lang, String html, String reviewStatus) {
    }

    record LocalPageText(String slug, int position, int version, String lang, String title, String summary, String html,
                         int wordCount, int madeFromVersion, String reviewStatus) {
    }

    record Place(long id, String topic, String name, String street, String postcode, String city, String phone,
                 String email, String website, String noteLang, String note, String noteStatus) {
    }

    private static final String BEST_PAGE_TEXT = """
            SELECT p.slug, p.position, p.version, t.lang, t.title, t.summary, t.body_html, t.word_count,
                   t.source_version, t.review_status
              FROM local_page p
              JOIN LATERAL (SELECT *
                              FROM local_page_text t
                             WHERE t.municipality_code = p.municipality_code AND t.slug = p.slug AND t.lang = ANY (?)
                             ORDER BY array_position(?, t.lang)
                             LIMIT 1) t ON true
             WHERE p.municipality_code = ?
            """;

    private final Database database;

    LocalContent(Database database) {
        this.database = database;
    }

    Optional<Welcome> welcome(String code, List<String> chain) {
        return database.one("""
                SELECT lang, body_html, review_status
                  FROM municipality_welcome
                 WHERE municipality_code = ? AND lang = ANY (?)
                 ORDER BY array_position(?, lang)
                 LIMIT 1
                """, row -> new Welcome(row.getString(1), row.getString(2), row.getString(3)), code, chain, chain);
    }

    List<LocalPageText> pages(String code, List<String> chain) {
        return database.list(BEST_PAGE_TEXT + " ORDER BY p.position, p.slug", LocalContent::pageText, chain, chain, code);
    }

    Optional<LocalPageText> page(String code, String slug, List<String> chain) {
        return database.one(BEST_PAGE_TEXT + " AND p.slug = ?", LocalContent::pageText, chain, chain, code, slug);
    }

    /** Places of the municipality, each with its note in the best language available. */
    List<Place> places(String code, List<String> chain) {
        return database.list("""
                SELECT p.id, p.topic, p.name, p.street, p.postcode, p.city, p.phone, p.email, p.website,
                       n.lang AS note_lang, n.note, n.review_status AS note_status
                  FROM place p
                  LEFT JOIN LATERAL (SELECT *
                                       FROM place_note n
                                      WHERE n.place_id = p.id AND n.lang = ANY (?)
                                      ORDER BY array_position(?, n.lang)
                                      LIMIT 1) n ON true
                 WHERE p.municipality_code = ?
                 ORDER BY p.topic, p.position, p.name
                """, row -> new Place(row.getLong("id"), row.getString("topic"), row.getString("name"), row.getString("street"),
                row.getString("postcode"), row.getString("city"), row.getString("phone"), row.getString("email"),
                row.getString("website"), row.getString("note_lang"), row.getString("note"), row.getString("note_status")),
                chain, chain, code);
    }

    List<OpeningHours> openingHours(String code) {
        return database.list("""
                SELECT h.place_id, h.weekday, h.opens, h.closes
                  FROM opening_hours h
                  JOIN place p ON p.id = h.place_id
                 WHERE p.municipality_code = ?
                 ORDER BY h.place_id, h.weekday, h.opens
                """, row -> new OpeningHours(row.getLong(1), row.getInt(2), row.getObject(3, java.time.LocalTime.class),
                row.getObject(4, java.time.LocalTime.class)), code);
    }

    private static LocalPageText pageText(ResultSet row) throws SQLException {
        return new LocalPageText(row.getString("slug"), row.getInt("position"), row.getInt("version"), row.getString("lang"),
                row.getString("title"), row.getString("summary"), row.getString("body_html"), row.getInt("word_count"),
                row.getInt("source_version"), row.getString("review_status"));
    }
}
