package nl.meedoen.wegwijs;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The opening_hours table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OpeningHoursRows extends GenericRepository<StoredOpeningHours, StoredOpeningHours.Key> {

    StoredOpeningHours save(StoredOpeningHours hours);

    /** The opening hours of all places of the municipality, by place, weekday and time. */
    @Query("""
            SELECT h.*
              FROM opening_hours h
              JOIN place p ON p.id = h.place_id
             WHERE p.municipality_code = :municipalityCode
             ORDER BY h.place_id, h.weekday, h.opens
            """)
    List<StoredOpeningHours> findAllOfMunicipality(String municipalityCode);

    @Query("DELETE FROM opening_hours WHERE place_id = :placeId")
    void deleteAllOfPlace(long placeId);

    @Query("SELECT * FROM opening_hours WHERE place_id = :placeId ORDER BY weekday, opens")
    List<StoredOpeningHours> findAllOfPlace(long placeId);
}
