package nl.meedoen.wegwijs;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDate;
import java.util.List;

/** The special_day table, read together with special_day_hours. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SpecialDays extends GenericRepository<StoredSpecialDay, Long> {

    StoredSpecialDay save(StoredSpecialDay day);

    /** The public-holiday rules and the dates from {@code from} on of all places of the municipality. */
    @Query("""
            SELECT d.place_id, d.on_date, h.opens, h.closes
              FROM special_day d
              JOIN place p ON p.id = d.place_id
              LEFT JOIN special_day_hours h ON h.special_day_id = d.id
             WHERE p.municipality_code = :municipalityCode
               AND (d.on_date IS NULL OR d.on_date >= :from)
             ORDER BY d.place_id, d.on_date, h.opens
            """)
    List<SpecialDayRow> findAllOfMunicipality(String municipalityCode, LocalDate from);

    /** Removes the place's dates and public-holiday rule; their hours go with them (ON DELETE CASCADE). */
    @Query("DELETE FROM special_day WHERE place_id = :placeId")
    void deleteAllOfPlace(long placeId);
}
