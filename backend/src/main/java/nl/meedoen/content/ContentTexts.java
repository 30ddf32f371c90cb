package nl.meedoen.content;

import jakarta.inject.Singleton;
import nl.meedoen.database.Database;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The pages of national content and their texts per language (tables content_page and content_text). */
@Singleton
final class ContentTexts {

    /** The columns {@link #localised} reads: the best text of a page along a fallback chain. */
    private static final String BEST_TEXT = """
            SELECT p.slug, p.position, p.version, t.lang, t.title, t.summary, t.body_html, t.word_count,
                   t.source_version, t.review_status
              FROM content_page p
              JOIN LATERAL (SELECT *
                              FROM content_text t
                             WHERE t.module = p.module AND t.slug = p.slug AND t.lang = ANY (?)
                             ORDER BY array_position(?, t.lang)
                             LIMIT 1) t ON true
            """;

    private final Database database;

    ContentTexts(Database database) {
        this.database = database;
    }

    static String key(ContentModule module, String slug, String lang) {
        return module.folder() + "/" + lang + "/" + slug;
    }

    Map<String, String> fileHashes() {
        return database.list("SELECT module, slug, lang, file_hash FROM content_text",
                        row -> Map.entry(key(module(row), row.getString("slug"), row.getString("lang")), row.getString("file_hash")))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void savePage(ContentModule module, String slug, int position, int version, List<String> keywords) {
        database.update("""
                INSERT INTO content_page (module, slug, position, version, keywords)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (module, slug) DO UPDATE
                   SET position = excluded.position, version = excluded.version, keywords = excluded.keywords
                 WHERE (content_page.position, content_page.version, content_page.keywords)
                       IS DISTINCT FROM (excluded.position, excluded.version, excluded.keywords)
                """, module, slug, position, version, keywords);
    }

    void save(ContentText text) {
        database.update("""
                INSERT INTO content_text (module, slug, lang, title, summary, body_markdown, body_html, word_count,
                                          source_version, review_status, file_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (module, slug, lang) DO UPDATE
                   SET title = excluded.title, summary = excluded.summary, body_markdown = excluded.body_markdown,
                       body_html = excluded.body_html, word_count = excluded.word_count,
                       source_version = excluded.source_version, review_status = excluded.review_status,
                       file_hash = excluded.file_hash, updated_at = now()
                """, text.module(), text.slug(), text.lang(), text.title(), text.summary(), text.bodyMarkdown(),
                text.bodyHtml(), text.wordCount(), text.sourceVersion(), text.reviewStatus(), text.fileHash());
    }

    /** Removes texts whose file is no longer shipped, and pages left without their Dutch source. */
    int deleteAllExcept(Set<String> shippedKeys) {
        int removed = 0;
        for (String existing : fileHashes().keySet()) {
            if (!shippedKeys.contains(existing)) {
                String[] parts = existing.split("/");
                removed += database.update("DELETE FROM content_text WHERE module = ? AND lang = ? AND slug = ?",
                        parts[0], parts[1], parts[2]);
            }
        }
        return removed + database.update("""
                DELETE FROM content_page p
                 WHERE NOT EXISTS (SELECT 1 FROM content_text t WHERE t.module = p.module AND t.slug = p.slug AND t.lang = 'nl')
                """);
    }

    List<LocalisedText> outline(ContentModule module, List<String> chain) {
        return database.list(BEST_TEXT + " WHERE p.module = ? ORDER BY p.position, p.slug",
                ContentTexts::localised, chain, chain, module);
    }

    Optional<LocalisedText> page(ContentModule module, String slug, List<String> chain) {
        return database.one(BEST_TEXT + " WHERE p.module = ? AND p.slug = ?",
                ContentTexts::localised, chain, chain, module, slug);
    }

    private static LocalisedText localised(ResultSet row) throws SQLException {
        return new LocalisedText(row.getString("slug"), row.getInt("position"), row.getInt("version"),
                row.getString("lang"), row.getString("title"), row.getString("summary"), row.getString("body_html"),
                row.getInt("word_count"), row.getInt("source_version"), row.getString("review_status"));
    }

    private static ContentModule module(ResultSet row) throws SQLException {
        return ContentModule.valueOf(row.getString("module").toUpperCase(java.util.Locale.ROOT));
    }
}
