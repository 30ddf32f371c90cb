package nl.meedoen.editing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The content_version table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface Versions extends GenericRepository<StoredVersion, VersionKey> {

    Optional<StoredVersion> findById(VersionKey key);

    @Query("""
            SELECT * FROM content_version
             WHERE module = :module AND slug = :slug AND lang = :lang
             ORDER BY number DESC
            """)
    List<StoredVersion> of(String module, String slug, String lang);

    @Query("""
            SELECT coalesce(max(number), 0) FROM content_version
             WHERE module = :module AND slug = :slug AND lang = :lang
            """)
    int lastNumber(String module, String slug, String lang);

    /** The newest Dutch text published as the given page version, if it was kept. */
    @Query("""
            SELECT * FROM content_version
             WHERE module = :module AND slug = :slug AND lang = 'nl' AND source_version = :version
             ORDER BY number DESC LIMIT 1
            """)
    Optional<StoredVersion> dutchAt(String module, String slug, int version);

    @Query("""
            INSERT INTO content_version (module, slug, lang, number, title, summary, body_markdown, source_version,
                                         minor_edit, published_by, published_name)
            VALUES (:module, :slug, :lang, :number, :title, :summary, :bodyMarkdown, :sourceVersion,
                    :minorEdit, :publishedBy, :publishedName)
            """)
    void add(String module, String slug, String lang, int number, String title, String summary, String bodyMarkdown,
             int sourceVersion, boolean minorEdit, @Nullable UUID publishedBy, @Nullable String publishedName);

    @Query("""
            UPDATE content_version SET reviewed_by = :reviewer, reviewed_name = :reviewerName, reviewed_at = now()
             WHERE module = :module AND slug = :slug AND lang = :lang AND number = :number
            """)
    void markReviewed(String module, String slug, String lang, int number, UUID reviewer, String reviewerName);
}
