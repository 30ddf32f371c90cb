package nl.meedoen.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

/** The oidc_handover table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OidcHandoverCodes extends GenericRepository<OidcHandoverCode, String> {

    OidcHandoverCode save(OidcHandoverCode code);

    @Query("SELECT * FROM oidc_handover WHERE code_hash = :codeHash AND expires_at > now()")
    Optional<OidcHandoverCode> findUnexpired(String codeHash);

    /** Returns 1 for the one request that may use this code, 0 for any other. */
    int deleteById(String codeHash);

    int deleteByExpiresAtLessThan(Instant before);
}
