package nl.meedoen.wegwijs;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** The place table, read together with the best of its notes for the reader. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface Places extends GenericRepository<StoredPlace, Long> {

    /** Inserts the place and returns it with the id the database gave it. */
    StoredPlace save(StoredPlace place);

    StoredPlace update(StoredPlace place);

    Optional<StoredPlace> findById(Long id);

    @Query("SELECT * FROM place WHERE municipality_code = :municipalityCode ORDER BY topic, position, name")
    List<StoredPlace> findByMunicipalityCode(String municipalityCode);

    /** Places of the municipality, each with its note in the first language of the chain that it has one in. */
    @Query("""
            SELECT p.id, p.topic, p.name, p.street, p.postcode, p.city, p.phone, p.email, p.website,
                   n.lang AS note_lang, n.note, n.review_status AS note_status
              FROM place p
              LEFT JOIN LATERAL (SELECT *
                                   FROM place_note n
                                  WHERE n.place_id = p.id AND n.lang = ANY (:chain)
                                  ORDER BY array_position(:chain, n.lang)
                                  LIMIT 1) n ON true
             WHERE p.municipality_code = :municipalityCode
             ORDER BY p.topic, p.position, p.name
            """)
    List<LocalPlace> findAllWithBestNote(String municipalityCode, String[] chain);
}
