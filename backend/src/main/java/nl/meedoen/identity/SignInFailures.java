package nl.meedoen.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

/** The sign_in_failure table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SignInFailures extends GenericRepository<SignInFailure, Long> {

    SignInFailure save(SignInFailure failure);

    /**
     * The time of the limit-th most recent failure of the pair since the given moment, if there were that many:
     * the pair may try again once that failure has left the window.
     */
    @Query("""
            SELECT failed_at FROM sign_in_failure
             WHERE email_hash = :emailHash AND client = :client AND failed_at > :since
             ORDER BY failed_at DESC
            OFFSET :limit - 1 LIMIT 1
            """)
    Optional<Instant> limitReachedForPair(String emailHash, String client, Instant since, int limit);

    /** The same for every failure of the client address, whichever account it tried. */
    @Query("""
            SELECT failed_at FROM sign_in_failure
             WHERE client = :client AND failed_at > :since
             ORDER BY failed_at DESC
            OFFSET :limit - 1 LIMIT 1
            """)
    Optional<Instant> limitReachedForClient(String client, Instant since, int limit);

    /** A successful sign-in forgets the pair's failures; those of the address at other accounts still count. */
    int deleteByEmailHashAndClient(String emailHash, String client);

    int deleteByFailedAtLessThan(Instant before);
}
