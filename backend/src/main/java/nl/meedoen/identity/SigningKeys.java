package nl.meedoen.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/** The signing_key table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SigningKeys extends GenericRepository<SigningKey, Integer> {

    /** Stores the key unless another instance stored one first; that one then wins. */
    @Query("INSERT INTO signing_key (id, secret) VALUES (1, :secret) ON CONFLICT (id) DO NOTHING")
    void addIfAbsent(byte[] secret);

    Optional<SigningKey> findById(int id);
}
