package nl.meedoen.content;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** The content_text table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ContentTexts extends GenericRepository<ContentText, TextKey> {

    @Query("SELECT module, slug, lang, file_hash, edited FROM content_text")
    List<ImportedFile> importedFiles();

    void deleteById(TextKey key);

    /**
     * Puts an editor's text in place of what newcomers read, keeping the hash of the last imported file
     * so that an unchanged file is no conflict. A new text has no file: its hash stays empty.
     */
    @Query("""
            INSERT INTO content_text (module, slug, lang, title, summary, body_markdown, body_html, word_count,
                                      source_version, review_status, file_hash, published_by, reviewed_by, edited)
            VALUES (:module, :slug, :lang, :title, :summary, :bodyMarkdown, :bodyHtml, :wordCount,
                    :sourceVersion, :reviewStatus, '', :publishedBy, NULL, true)
            ON CONFLICT (module, slug, lang) DO UPDATE
               SET title = excluded.title, summary = excluded.summary, body_markdown = excluded.body_markdown,
                   body_html = excluded.body_html, word_count = excluded.word_count,
                   source_version = excluded.source_version, review_status = excluded.review_status,
                   published_by = excluded.published_by, reviewed_by = NULL, edited = true, updated_at = now()
            """)
    void publish(ContentModule module, String slug, String lang, String title, String summary, String bodyMarkdown,
                 String bodyHtml, int wordCount, int sourceVersion, String reviewStatus, UUID publishedBy);

    @Query("""
            UPDATE content_text SET review_status = 'reviewed', reviewed_by = :reviewer, updated_at = now()
             WHERE module = :module AND slug = :slug AND lang = :lang
            """)
    void markReviewed(ContentModule module, String slug, String lang, UUID reviewer);

    /** Remembers that a shipped file differs from the text an editor published, which the import keeps. */
    @Query("""
            INSERT INTO content_import_conflict (module, slug, lang, file_hash)
            VALUES (:module, :slug, :lang, :fileHash)
            ON CONFLICT (module, slug, lang) DO UPDATE SET file_hash = excluded.file_hash, found_at = now()
             WHERE content_import_conflict.file_hash <> excluded.file_hash
            """)
    void keepEditedText(ContentModule module, String slug, String lang, String fileHash);

    /** Adds a text, or replaces it when its file changed. */
    @Query("""
            INSERT INTO content_text (module, slug, lang, title, summary, body_markdown, body_html, word_count,
                                      source_version, review_status, file_hash)
            VALUES (:module, :slug, :lang, :title, :summary, :bodyMarkdown, :bodyHtml, :wordCount,
                    :sourceVersion, :reviewStatus, :fileHash)
            ON CONFLICT (module, slug, lang) DO UPDATE
               SET title = excluded.title, summary = excluded.summary, body_markdown = excluded.body_markdown,
                   body_html = excluded.body_html, word_count = excluded.word_count,
                   source_version = excluded.source_version, review_status = excluded.review_status,
                   file_hash = excluded.file_hash, updated_at = now()
            """)
    void saveOrReplace(ContentModule module, String slug, String lang, String title, String summary, String bodyMarkdown,
                       String bodyHtml, int wordCount, int sourceVersion, String reviewStatus, String fileHash);

    /**
     * Every page of a module in its order, each with its best text along the reader's chain of
     * languages: the first language of the chain that has one.
     */
    @Query("""
            SELECT p.slug, p.position, p.version AS current_version, p.keywords, t.lang, t.title, t.summary,
                   t.body_markdown, t.body_html, t.word_count, t.source_version AS made_from_version, t.review_status
              FROM content_page p
              JOIN LATERAL (SELECT *
                              FROM content_text t
                             WHERE t.module = p.module AND t.slug = p.slug AND t.lang = ANY (:chain)
                             ORDER BY array_position(CAST(:chain AS text[]), t.lang)
                             LIMIT 1) t ON true
             WHERE p.module = :module
             ORDER BY p.position, p.slug
            """)
    List<LocalisedText> bestTexts(ContentModule module, @TypeDef(type = DataType.STRING_ARRAY) List<String> chain);

    /** Per language: its texts, those made from the current Dutch version, and those of them also reviewed. */
    @Query("""
            SELECT t.lang,
                   count(*) AS translated,
                   count(*) FILTER (WHERE t.source_version >= p.version) AS up_to_date,
                   count(*) FILTER (WHERE t.source_version >= p.version
                                      AND t.review_status IN ('source', 'reviewed')) AS reviewed
              FROM content_text t
              JOIN content_page p ON p.module = t.module AND p.slug = t.slug
             GROUP BY t.lang
            """)
    List<LanguageCounts> countByLanguage();
}
