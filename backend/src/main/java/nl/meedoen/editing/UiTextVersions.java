package nl.meedoen.editing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The ui_text_version table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface UiTextVersions extends GenericRepository<StoredUiDraft, UiTextKey> {

    @Query("SELECT * FROM ui_text_version WHERE key = :name AND lang = :lang ORDER BY number DESC")
    List<StoredUiVersion> of(String name, String lang);

    @Query("SELECT * FROM ui_text_version WHERE key = :name AND lang = :lang AND number = :number")
    Optional<StoredUiVersion> find(String name, String lang, int number);

    @Query("SELECT coalesce(max(number), 0) FROM ui_text_version WHERE key = :name AND lang = :lang")
    int lastNumber(String name, String lang);

    /** The newest Dutch text published as the given version of the key, if it was kept. */
    @Query("""
            SELECT * FROM ui_text_version
             WHERE key = :name AND lang = 'nl' AND source_version = :version
             ORDER BY number DESC LIMIT 1
            """)
    Optional<StoredUiVersion> dutchAt(String name, int version);

    @Query("""
            INSERT INTO ui_text_version (key, lang, number, pattern, source_version, minor_edit, published_by, published_name)
            VALUES (:name, :lang, :number, :pattern, :sourceVersion, :minorEdit, :publishedBy, :publishedName)
            """)
    void add(String name, String lang, int number, String pattern, int sourceVersion, boolean minorEdit,
             @Nullable UUID publishedBy, @Nullable String publishedName);

    @Query("""
            UPDATE ui_text_version SET reviewed_by = :reviewer, reviewed_name = :reviewerName, reviewed_at = now()
             WHERE key = :name AND lang = :lang AND number = :number
            """)
    void markReviewed(String name, String lang, int number, UUID reviewer, String reviewerName);
}
