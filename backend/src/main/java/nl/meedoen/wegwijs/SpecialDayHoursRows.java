package nl.meedoen.wegwijs;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** The special_day_hours table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SpecialDayHoursRows extends GenericRepository<StoredSpecialDayHours, StoredSpecialDayHours.Key> {

    StoredSpecialDayHours save(StoredSpecialDayHours hours);
}
