package nl.meedoen.editing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/**
 * Reads the interface texts newcomers read now (ui_message and ui_text, which the locale package
 * writes) for editors. Changes go through {@link nl.meedoen.locale.UiTextPublisher}.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PublishedUiTexts extends GenericRepository<StoredUiDraft, UiTextKey> {

    @Query("SELECT version FROM ui_message WHERE key = :name")
    Optional<Integer> version(String name);

    /** The row lock keeps two editors from publishing the same key at once. */
    @Query("SELECT true FROM ui_message WHERE key = :name FOR UPDATE")
    boolean lock(String name);

    @Query("""
            SELECT t.lang, m.version AS message_version, t.pattern, t.source_version, t.review_status, t.published_by
              FROM ui_message m
              JOIN ui_text t ON t.key = m.key
             WHERE m.key = :name
             ORDER BY t.lang
            """)
    List<CurrentUiText> ofKey(String name);

    /** Every stored interface text, for statuses in bulk: the key stands where a page's slug stands. */
    @Query("""
            SELECT 'interface' AS module, m.key AS slug, m.version AS page_version, t.lang, t.source_version, t.review_status
              FROM ui_message m
              JOIN ui_text t ON t.key = m.key
             ORDER BY m.key
            """)
    List<TextState> all();

    @Query("SELECT key, pattern FROM ui_text WHERE lang = 'nl' ORDER BY key")
    List<DutchUiText> dutch();
}
