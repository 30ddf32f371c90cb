package nl.meedoen.sessions;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/** The booking_request table, keyed by caller and idempotency key. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface BookingRequests extends GenericRepository<BookingRequest, String> {

    /**
     * Takes the key for this transaction; 0 when it was taken before. A request with the same key that
     * is still running holds the row, so this waits for it to end and then sees its answer.
     */
    @Query("""
            INSERT INTO booking_request (caller, idempotency_key, request_hash) VALUES (:caller, :key, :hash)
            ON CONFLICT (caller, idempotency_key) DO NOTHING
            """)
    int claim(String caller, String key, String hash);

    @Query("SELECT * FROM booking_request WHERE caller = :caller AND idempotency_key = :key")
    Optional<BookingRequest> find(String caller, String key);

    @Query("UPDATE booking_request SET response = :response WHERE caller = :caller AND idempotency_key = :key")
    void answer(String caller, String key, String response);
}
