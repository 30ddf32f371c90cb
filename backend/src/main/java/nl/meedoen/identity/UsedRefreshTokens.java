package nl.meedoen.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;
import java.util.UUID;

/** Refresh tokens that were exchanged already; one that comes back gives its sign-in away. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface UsedRefreshTokens extends GenericRepository<UsedRefreshToken, String> {

    @Query("INSERT INTO staff_refresh_used (refresh_hash, session_id) VALUES (:refreshHash, :sessionId)")
    void add(String refreshHash, UUID sessionId);

    @Query("SELECT session_id FROM staff_refresh_used WHERE refresh_hash = :refreshHash")
    Optional<UUID> findSessionIdByRefreshHash(String refreshHash);
}
