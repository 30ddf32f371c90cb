package nl.meedoen.wegwijs;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** The local_page_text table; its texts are read through {@link LocalPages}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LocalPageTexts extends GenericRepository<StoredLocalPageText, StoredLocalPageText.Key> {

    StoredLocalPageText save(StoredLocalPageText text);
}
