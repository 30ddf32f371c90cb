package nl.meedoen.wegwijs;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.UUID;

/** The local_page_text table; its texts are read through {@link LocalPages}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LocalPageTexts extends GenericRepository<StoredLocalPageText, StoredLocalPageText.Key> {

    StoredLocalPageText save(StoredLocalPageText text);

    /** An editor's text replaces the one newcomers read; a review of the text it replaces does not carry over. */
    @Query("""
            INSERT INTO local_page_text (municipality_code, slug, lang, title, summary, body_markdown, body_html, word_count,
                                         source_version, review_status, published_by, reviewed_by)
            VALUES (:municipality, :slug, :lang, :title, :summary, :bodyMarkdown, :bodyHtml, :wordCount,
                    :sourceVersion, :reviewStatus, :publishedBy, NULL)
            ON CONFLICT (municipality_code, slug, lang) DO UPDATE
               SET title = excluded.title, summary = excluded.summary, body_markdown = excluded.body_markdown,
                   body_html = excluded.body_html, word_count = excluded.word_count,
                   source_version = excluded.source_version, review_status = excluded.review_status,
                   published_by = excluded.published_by, reviewed_by = NULL
            """)
    void publish(String municipality, String slug, String lang, String title, String summary, String bodyMarkdown,
                 String bodyHtml, int wordCount, int sourceVersion, String reviewStatus, UUID publishedBy);

    @Query("""
            UPDATE local_page_text SET review_status = 'reviewed', reviewed_by = :reviewer
             WHERE municipality_code = :municipality AND slug = :slug AND lang = :lang
            """)
    void markReviewed(String municipality, String slug, String lang, UUID reviewer);
}
