package nl.meedoen.identity;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** The active staff members with the trainer role in a municipality, for features that plan their work. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface Trainers extends GenericRepository<StaffMember, UUID> {

    /** A trainer as a colleague sees them: id and name, no contact details. */
    @Introspected
    record Trainer(UUID id, String name) {
    }

    @Query("""
            SELECT s.id, s.name
              FROM staff s
              JOIN staff_role r ON r.staff_id = s.id
             WHERE r.municipality_code = :municipality AND r.role = 'trainer' AND s.active
             ORDER BY s.name, s.id
            """)
    List<Trainer> in(String municipality);
}
