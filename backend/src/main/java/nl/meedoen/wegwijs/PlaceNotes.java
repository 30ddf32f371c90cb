package nl.meedoen.wegwijs;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** The place_note table; notes are read through {@link Places}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PlaceNotes extends GenericRepository<StoredPlaceNote, StoredPlaceNote.Key> {

    StoredPlaceNote save(StoredPlaceNote note);
}
