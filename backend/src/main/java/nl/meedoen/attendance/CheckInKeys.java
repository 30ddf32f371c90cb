package nl.meedoen.attendance;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CheckInKeys extends GenericRepository<CheckInKey, Short> {

    Optional<CheckInKey> findById(short id);

    /** Stores the key pair unless another instance stored one first; the caller then reads the row. */
    @Query("INSERT INTO check_in_key (id, private_key, public_key) VALUES (1, :privateKey, :publicKey) ON CONFLICT (id) DO NOTHING")
    void addUnlessPresent(byte[] privateKey, byte[] publicKey);
}
