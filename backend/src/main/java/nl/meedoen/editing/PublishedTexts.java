package nl.meedoen.editing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/**
 * Reads what newcomers read now (content_page and content_text, which the content package writes) for
 * editors. Changes go through {@link nl.meedoen.content.ContentPublisher}.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PublishedTexts extends GenericRepository<StoredVersion, VersionKey> {

    @Query("SELECT version FROM content_page WHERE module = :module AND slug = :slug")
    Optional<Integer> pageVersion(String module, String slug);

    /** Every language's text of one page; the row lock keeps two editors from publishing it at once. */
    @Query("""
            SELECT t.lang, p.version AS page_version, t.title, t.summary, t.body_markdown, t.source_version,
                   t.review_status, t.published_by
              FROM content_page p
              JOIN content_text t ON t.module = p.module AND t.slug = p.slug
             WHERE p.module = :module AND p.slug = :slug
             ORDER BY t.lang
            """)
    List<CurrentText> ofPage(String module, String slug);

    @Query("SELECT true FROM content_page WHERE module = :module AND slug = :slug FOR UPDATE")
    boolean lockPage(String module, String slug);

    @Query("SELECT version FROM local_page WHERE municipality_code = :municipality AND slug = :slug")
    Optional<Integer> localPageVersion(String municipality, String slug);

    /** Every language's text of one local page, as {@link #ofPage} for national pages. */
    @Query("""
            SELECT t.lang, p.version AS page_version, t.title, t.summary, t.body_markdown, t.source_version,
                   t.review_status, t.published_by
              FROM local_page p
              JOIN local_page_text t ON t.municipality_code = p.municipality_code AND t.slug = p.slug
             WHERE p.municipality_code = :municipality AND p.slug = :slug
             ORDER BY t.lang
            """)
    List<CurrentText> ofLocalPage(String municipality, String slug);

    @Query("SELECT true FROM local_page WHERE municipality_code = :municipality AND slug = :slug FOR UPDATE")
    boolean lockLocalPage(String municipality, String slug);

    @Query("""
            SELECT module, slug, lang, found_at FROM content_import_conflict
             UNION ALL
            SELECT 'interface', key, lang, found_at FROM ui_import_conflict
             ORDER BY 1, 2, 3
            """)
    List<ImportConflict> conflicts();

    /** Every stored text of every page, for statuses in bulk. */
    @Query("""
            SELECT p.module, p.slug, p.version AS page_version, t.lang, t.source_version, t.review_status
              FROM content_page p
              JOIN content_text t ON t.module = p.module AND t.slug = p.slug
             ORDER BY p.module, p.position, p.slug
            """)
    List<TextState> all();

    /** Every stored text of every municipality's local pages (the wegwijs package writes them). */
    @Query("""
            SELECT m.code AS municipality_code, m.name AS municipality_name, p.slug, p.version AS page_version, t.lang,
                   t.source_version, t.review_status
              FROM municipality m
              JOIN local_page p ON p.municipality_code = m.code
              JOIN local_page_text t ON t.municipality_code = p.municipality_code AND t.slug = p.slug
             ORDER BY m.name, p.position, p.slug
            """)
    List<LocalTextState> allLocal();

    @Query("""
            SELECT t.module, t.slug, t.title
              FROM content_page p
              JOIN content_text t ON t.module = p.module AND t.slug = p.slug AND t.lang = 'nl'
             ORDER BY p.module, p.position, p.slug
            """)
    List<PageTitle> dutchTitles();

    @Query("""
            SELECT 'local:' || t.municipality_code AS module, t.slug, t.title
              FROM local_page p
              JOIN local_page_text t ON t.municipality_code = p.municipality_code AND t.slug = p.slug AND t.lang = 'nl'
             WHERE p.municipality_code = :municipality
             ORDER BY p.position, p.slug
            """)
    List<PageTitle> localDutchTitles(String municipality);

    /** A national wegwijs topic or one of the municipality's own pages, under which a place can stand. */
    @Query("""
            SELECT EXISTS (SELECT 1 FROM content_page WHERE module = 'wegwijs' AND slug = :topic)
                OR EXISTS (SELECT 1 FROM local_page WHERE municipality_code = :municipality AND slug = :topic)
            """)
    boolean topicExists(String municipality, String topic);
}
