package nl.meedoen.push;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/** The push_vapid_key table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface StoredVapidKeys extends GenericRepository<StoredVapidKey, Integer> {

    /** Stores the key pair unless another instance stored one first; that one then wins, for good. */
    @Query("INSERT INTO push_vapid_key (id, public_key, private_key) VALUES (1, :publicKey, :privateKey) ON CONFLICT (id) DO NOTHING")
    void addIfAbsent(byte[] publicKey, byte[] privateKey);

    Optional<StoredVapidKey> findById(int id);
}
