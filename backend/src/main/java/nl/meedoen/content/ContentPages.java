package nl.meedoen.content;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The content_page table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ContentPages extends GenericRepository<ContentPage, PageKey> {

    long count();

    /**
     * Waits until no other instance holds the same lock, then holds it until the transaction ends.
     * The function returns nothing worth reading, so the query returns {@code true} once it has the lock.
     */
    @Query("SELECT true FROM pg_advisory_xact_lock(:lock)")
    boolean lockUntilCommit(long lock);

    /**
     * Adds a page, or updates it when its order, version or keywords changed; an unchanged row is left
     * alone. The version follows the file, except that it never goes down while an editor's Dutch text is
     * published ({@code keepNewer}): that text may be newer than the file.
     */
    @Query("""
            INSERT INTO content_page (module, slug, position, version, keywords)
            VALUES (:module, :slug, :position, :version, :keywords)
            ON CONFLICT (module, slug) DO UPDATE
               SET position = excluded.position,
                   version = CASE WHEN :keepNewer THEN greatest(content_page.version, excluded.version) ELSE excluded.version END,
                   keywords = excluded.keywords
             WHERE (content_page.position, content_page.version, content_page.keywords)
                   IS DISTINCT FROM (excluded.position,
                                     CASE WHEN :keepNewer THEN greatest(content_page.version, excluded.version) ELSE excluded.version END,
                                     excluded.keywords)
            """)
    void saveOrUpdate(ContentModule module, String slug, int position, int version,
                      @TypeDef(type = DataType.STRING_ARRAY) List<String> keywords, boolean keepNewer);

    /** Counts the Dutch version up by one, for a change that makes the translations outdated. */
    @Query("UPDATE content_page SET version = version + 1 WHERE module = :module AND slug = :slug")
    void countUpVersion(ContentModule module, String slug);

    @Query("SELECT version FROM content_page WHERE module = :module AND slug = :slug")
    int version(ContentModule module, String slug);

    /** Removes pages left without their Dutch source; their translations go with them (ON DELETE CASCADE). */
    @Query("""
            DELETE FROM content_page p
             WHERE NOT EXISTS (SELECT 1 FROM content_text t WHERE t.module = p.module AND t.slug = p.slug AND t.lang = 'nl')
            """)
    int deleteWithoutDutchText();
}
