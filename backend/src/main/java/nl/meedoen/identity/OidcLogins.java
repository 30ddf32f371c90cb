package nl.meedoen.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

/** The oidc_login table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OidcLogins extends GenericRepository<OidcLogin, String> {

    OidcLogin save(OidcLogin login);

    /** A login of this provider that started at most ten minutes ago. */
    @Query("""
            SELECT * FROM oidc_login
             WHERE state_hash = :stateHash AND provider = :provider AND started_at > now() - interval '10 minutes'
            """)
    Optional<OidcLogin> findRecent(String stateHash, String provider);

    /** Returns 1 for the one request that may finish this login, 0 for any other. */
    int deleteById(String stateHash);

    int deleteByStartedAtLessThan(Instant before);
}
