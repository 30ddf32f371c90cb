package nl.meedoen.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The invitation table. A newcomer has at most one open invitation: the database refuses a second. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface Invitations extends GenericRepository<Invitation, UUID> {

    Invitation save(Invitation invitation);

    Optional<Invitation> findByCodeHash(String codeHash);

    /** The newcomer's letters, newest first, without their codes' hashes. */
    @Query("""
            SELECT id, created_at AS issued_at, expires_at AS valid_until,
                   CASE WHEN redeemed_at IS NOT NULL THEN 'redeemed'
                        WHEN revoked_at IS NOT NULL THEN 'revoked'
                        WHEN expires_at <= now() THEN 'expired'
                        ELSE 'open' END AS state
              FROM invitation
             WHERE newcomer_id = :newcomerId
             ORDER BY created_at DESC
            """)
    List<IssuedInvitation> issuedTo(UUID newcomerId);

    @Query("UPDATE invitation SET revoked_at = now() WHERE newcomer_id = :newcomerId AND redeemed_at IS NULL AND revoked_at IS NULL")
    void revokeOpenOf(UUID newcomerId);

    /** Marks an open, unexpired invitation redeemed and says whether it did (1) or not (0). */
    @Query("""
            UPDATE invitation SET redeemed_at = now()
             WHERE code_hash = :codeHash AND redeemed_at IS NULL AND revoked_at IS NULL AND expires_at > now()
            """)
    int redeem(String codeHash);
}
