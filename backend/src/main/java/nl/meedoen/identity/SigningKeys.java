package nl.meedoen.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The signing_key table: the keys of every instance. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SigningKeys extends GenericRepository<SigningKey, UUID> {

    /** Keys whose tokens may still be valid. */
    List<SigningKey> findByVerifiesUntilGreaterThan(Instant moment);

    /**
     * Adds a key unless one already signs beyond {@code needed}. Two instances doing this at the same
     * moment may both add one; that does no harm, since every key verifies everywhere.
     */
    @Query("""
            INSERT INTO signing_key (id, secret, created_at, signs_until, verifies_until)
            SELECT :id, :secret, now(), :signsUntil, :verifiesUntil
             WHERE NOT EXISTS (SELECT 1 FROM signing_key WHERE signs_until > :needed)
            """)
    int addUnlessOneSignsUntil(Instant needed, UUID id, byte[] secret, Instant signsUntil, Instant verifiesUntil);

    /** Keys whose last token has expired; returns how many went. */
    int deleteByVerifiesUntilLessThan(Instant moment);
}
