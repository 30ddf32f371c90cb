package nl.meedoen.sessions;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/** The booking_settings table; a municipality without a row has the service's defaults. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface BookingSettings extends GenericRepository<BookingSetting, String> {

    Optional<BookingSetting> findById(String municipalityCode);

    @Query("""
            INSERT INTO booking_settings (municipality_code, cancellation_deadline_hours) VALUES (:municipality, :hours)
            ON CONFLICT (municipality_code) DO UPDATE SET cancellation_deadline_hours = :hours, updated_at = now()
            """)
    void store(String municipality, int hours);
}
