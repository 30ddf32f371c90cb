package nl.meedoen.wegwijs;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/**
 * The municipality_welcome table. A language chain is bound as one PostgreSQL text array: unlike a
 * collection, an array parameter is not expanded into a list of parameters.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface Welcomes extends GenericRepository<StoredWelcome, StoredWelcome.Key> {

    StoredWelcome save(StoredWelcome welcome);

    boolean existsByKeyMunicipalityCode(String municipalityCode);

    /** The welcome in the first language of the chain that the municipality has it in. */
    @Query("""
            SELECT *
              FROM municipality_welcome
             WHERE municipality_code = :municipalityCode AND lang = ANY (:chain)
             ORDER BY array_position(:chain, lang)
             LIMIT 1
            """)
    Optional<StoredWelcome> findBest(String municipalityCode, String[] chain);

    /**
     * Waits until no other transaction holds the lock of this name, and holds it until this transaction
     * ends, so that two instances starting at once do not both write the same rows.
     */
    @Query("SELECT true FROM pg_advisory_xact_lock(hashtext(:name))")
    boolean lock(String name);
}
