package nl.meedoen.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;

/** The redeem_attempt table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RedeemAttempts extends GenericRepository<RedeemAttempt, Long> {

    RedeemAttempt save(RedeemAttempt attempt);

    @Query("""
            SELECT count(*) FROM redeem_attempt
             WHERE client = :client AND NOT succeeded AND attempted_at > now() - interval '15 minutes'
            """)
    long countWrongInLastQuarterHour(String client);

    int deleteByAttemptedAtLessThan(Instant before);
}
