package nl.meedoen.editing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** The translation_handout table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface Handouts extends GenericRepository<StoredHandout, ItemKey> {

    boolean existsById(ItemKey key);

    void deleteById(ItemKey key);

    @Query("SELECT * FROM translation_handout")
    List<StoredHandout> all();

    @Query("""
            INSERT INTO translation_handout (module, slug, lang, handed_out_by) VALUES (:module, :slug, :lang, :staff)
            ON CONFLICT (module, slug, lang) DO UPDATE SET handed_out_by = excluded.handed_out_by, handed_out_at = now()
            """)
    void handOut(String module, String slug, String lang, UUID staff);
}
