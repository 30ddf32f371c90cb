package nl.meedoen.web;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** The one row that counts every change to published content (kept up by triggers, see V6). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PublishedVersions extends GenericRepository<PublishedVersion, Integer> {

    @Query("SELECT version FROM published_version WHERE id = 1")
    long current();
}
