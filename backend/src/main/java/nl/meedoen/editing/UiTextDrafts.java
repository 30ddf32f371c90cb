package nl.meedoen.editing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;
import java.util.UUID;

/** The ui_text_draft table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface UiTextDrafts extends GenericRepository<StoredUiDraft, UiTextKey> {

    @Query("SELECT * FROM ui_text_draft WHERE key = :name AND lang = :lang")
    Optional<StoredUiDraft> find(String name, String lang);

    @Query("DELETE FROM ui_text_draft WHERE key = :name AND lang = :lang")
    void delete(String name, String lang);

    @Query("""
            INSERT INTO ui_text_draft (key, lang, pattern, saved_by) VALUES (:name, :lang, :pattern, :savedBy)
            ON CONFLICT (key, lang) DO UPDATE SET pattern = excluded.pattern, saved_by = excluded.saved_by, saved_at = now()
            """)
    void save(String name, String lang, String pattern, UUID savedBy);
}
