package nl.meedoen.municipality;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Optional;

/** The municipality table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface Municipalities extends GenericRepository<StoredMunicipality, String> {

    /** The search key holds letters, digits and spaces only, so it cannot carry LIKE wildcards. */
    List<StoredMunicipality> findBySearchKeyContainsOrderByName(String searchKey);

    Optional<StoredMunicipality> findById(String code);

    boolean existsById(String code);

    /** Adds a municipality, or renames it when the code is already known; other details stay as they are. */
    @Query("""
            INSERT INTO municipality (code, slug, name, search_key, demo, phone, email, website, address)
            VALUES (:code, :slug, :name, :searchKey, :demo, :phone, :email, :website, :address)
            ON CONFLICT (code) DO UPDATE
               SET name = excluded.name, search_key = excluded.search_key
             WHERE municipality.name IS DISTINCT FROM excluded.name
            """)
    void saveOrRename(String code, String slug, String name, String searchKey, boolean demo, @Nullable String phone,
                      @Nullable String email, @Nullable String website, @Nullable String address);
}
