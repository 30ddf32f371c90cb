package nl.meedoen.locale;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The ui_message and ui_text tables: the interface texts newcomers read now. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface UiTexts extends GenericRepository<UiTexts.Message, String> {

    /** A row of ui_message. */
    @MappedEntity("ui_message")
    record Message(@Id String key, int version, int shippedVersion) {
    }

    /** Ordered, so that every instance serialises the same texts to the same bytes (and ETag). */
    @Query("SELECT key, lang, pattern, review_status FROM ui_text ORDER BY lang, key")
    List<UiText> all();

    @Query("SELECT key, lang, file_hash, edited FROM ui_text")
    List<ImportedUiText> imported();

    @Query("SELECT key, version, shipped_version FROM ui_message")
    List<Message> messages();

    @Query("SELECT key, version, shipped_version FROM ui_message WHERE key = :key")
    Optional<Message> message(String key);

    @Query("SELECT true FROM pg_advisory_xact_lock(:lock)")
    boolean lockUntilCommit(long lock);

    @Query("INSERT INTO ui_message (key, version, shipped_version) VALUES (:key, 1, 1)")
    void addMessage(String key);

    /** A shipped Dutch text changed: the key's version counts up, and shipped translations are made from it. */
    @Query("""
            UPDATE ui_message SET version = version + 1, shipped_version = version + 1 WHERE key = :key
            """)
    void countUpShipped(String key);

    @Query("UPDATE ui_message SET version = version + 1 WHERE key = :key")
    void countUp(String key);

    /** Adds a shipped text, or replaces it when it changed; an editor's text is never passed here. */
    @Query("""
            INSERT INTO ui_text (key, lang, pattern, source_version, review_status, file_hash)
            VALUES (:key, :lang, :pattern, :sourceVersion, :reviewStatus, :fileHash)
            ON CONFLICT (key, lang) DO UPDATE
               SET pattern = excluded.pattern, source_version = excluded.source_version,
                   review_status = excluded.review_status, file_hash = excluded.file_hash, reviewed_by = NULL,
                   updated_at = now()
            """)
    void saveShipped(String key, String lang, String pattern, int sourceVersion, String reviewStatus, String fileHash);

    /** Remembers that a shipped text differs from the text an editor published, which the import keeps. */
    @Query("""
            INSERT INTO ui_import_conflict (key, lang, file_hash) VALUES (:key, :lang, :fileHash)
            ON CONFLICT (key, lang) DO UPDATE SET file_hash = excluded.file_hash, found_at = now()
             WHERE ui_import_conflict.file_hash <> excluded.file_hash
            """)
    void keepEditedText(String key, String lang, String fileHash);

    @Query("DELETE FROM ui_text WHERE key = :key AND lang = :lang")
    void delete(String key, String lang);

    @Query("DELETE FROM ui_message m WHERE NOT EXISTS (SELECT 1 FROM ui_text t WHERE t.key = m.key AND t.lang = 'nl')")
    int deleteWithoutDutchText();

    /** Puts an editor's text in place of what newcomers read; the hash of the last shipped text stays. */
    @Query("""
            INSERT INTO ui_text (key, lang, pattern, source_version, review_status, file_hash, published_by, edited)
            VALUES (:key, :lang, :pattern, :sourceVersion, :reviewStatus, '', :publishedBy, true)
            ON CONFLICT (key, lang) DO UPDATE
               SET pattern = excluded.pattern, source_version = excluded.source_version,
                   review_status = excluded.review_status, published_by = excluded.published_by, reviewed_by = NULL,
                   edited = true, updated_at = now()
            """)
    void publish(String key, String lang, String pattern, int sourceVersion, String reviewStatus, UUID publishedBy);

    @Query("""
            UPDATE ui_text SET review_status = 'reviewed', reviewed_by = :reviewer, updated_at = now()
             WHERE key = :key AND lang = :lang
            """)
    void markReviewed(String key, String lang, UUID reviewer);
}
