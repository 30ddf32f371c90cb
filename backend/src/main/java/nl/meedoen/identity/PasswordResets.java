package nl.meedoen.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The password_reset table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PasswordResets extends GenericRepository<PasswordReset, String> {

    PasswordReset save(PasswordReset reset);

    Optional<PasswordReset> findById(String tokenHash);

    /** Marks a link used if it still works, and says whether it did (1) or not (0). */
    @Query("UPDATE password_reset SET used_at = now() WHERE token_hash = :tokenHash AND used_at IS NULL AND expires_at > now()")
    int use(String tokenHash);

    @Query("UPDATE password_reset SET used_at = now() WHERE staff_id = :staffId AND used_at IS NULL")
    void endUnusedOf(UUID staffId);

    /** Used links work no more, and expired ones never will again: nothing is lost by removing them. */
    @Query("DELETE FROM password_reset WHERE used_at IS NOT NULL OR expires_at < :now")
    int deleteUsedOrExpired(Instant now);
}
