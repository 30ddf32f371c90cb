package nl.meedoen.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;
import java.util.UUID;

/** The invitation table. A newcomer has at most one open invitation: the database refuses a second. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface Invitations extends GenericRepository<Invitation, UUID> {

    Invitation save(Invitation invitation);

    Optional<Invitation> findByCodeHash(String codeHash);

    @Query("UPDATE invitation SET revoked_at = now() WHERE newcomer_id = :newcomerId AND redeemed_at IS NULL AND revoked_at IS NULL")
    void revokeOpenOf(UUID newcomerId);

    /** Marks an open, unexpired invitation redeemed and says whether it did (1) or not (0). */
    @Query("""
            UPDATE invitation SET redeemed_at = now()
             WHERE code_hash = :codeHash AND redeemed_at IS NULL AND revoked_at IS NULL AND expires_at > now()
            """)
    int redeem(String codeHash);
}
