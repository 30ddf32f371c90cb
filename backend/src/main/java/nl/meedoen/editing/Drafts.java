package nl.meedoen.editing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;
import java.util.UUID;

/** The content_draft table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface Drafts extends GenericRepository<StoredDraft, ItemKey> {

    Optional<StoredDraft> findById(ItemKey key);

    void deleteById(ItemKey key);

    @Query("""
            INSERT INTO content_draft (module, slug, lang, title, summary, body_markdown, saved_by)
            VALUES (:module, :slug, :lang, :title, :summary, :bodyMarkdown, :savedBy)
            ON CONFLICT (module, slug, lang) DO UPDATE
               SET title = excluded.title, summary = excluded.summary, body_markdown = excluded.body_markdown,
                   saved_by = excluded.saved_by, saved_at = now()
            """)
    void save(String module, String slug, String lang, String title, String summary, String bodyMarkdown, UUID savedBy);
}
