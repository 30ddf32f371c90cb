package nl.meedoen.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The audit_event table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditEvents extends GenericRepository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    @Query("""
            SELECT * FROM audit_event
             WHERE municipality_code = :municipality
             ORDER BY at DESC, id DESC
             LIMIT :limit
            """)
    List<AuditEvent> latestIn(String municipality, int limit);
}
