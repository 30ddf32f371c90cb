package nl.meedoen.wegwijs;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The local_page table, read together with the best of its texts for the reader. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LocalPages extends GenericRepository<StoredLocalPage, StoredLocalPage.Key> {

    StoredLocalPage save(StoredLocalPage page);

    /** Counts the Dutch version up by one, for a change that makes the translations outdated. */
    @Query("UPDATE local_page SET version = version + 1 WHERE municipality_code = :municipality AND slug = :slug")
    void countUpVersion(String municipality, String slug);

    @Query("SELECT version FROM local_page WHERE municipality_code = :municipality AND slug = :slug")
    int version(String municipality, String slug);

    /**
     * Each page of the municipality in the first language of the chain that it has a text in; a page
     * with a text in none of them is left out.
     */
    @Query("""
            SELECT p.slug, p.position, p.version, t.lang, t.title, t.summary, t.body_html AS html, t.word_count,
                   t.source_version AS made_from_version, t.review_status
              FROM local_page p
              JOIN LATERAL (SELECT *
                              FROM local_page_text t
                             WHERE t.municipality_code = p.municipality_code AND t.slug = p.slug
                               AND t.lang = ANY (:chain)
                             ORDER BY array_position(:chain, t.lang)
                             LIMIT 1) t ON true
             WHERE p.municipality_code = :municipalityCode
             ORDER BY p.position, p.slug
            """)
    List<LocalPageText> findAllInBestLanguage(String municipalityCode, String[] chain);
}
