package nl.meedoen.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.UUID;

/** The staff_role table: who holds which role where. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface StaffRoles extends GenericRepository<StaffRole, UUID> {

    List<StaffRole> findByStaffId(UUID staffId);

    List<StaffRole> findByMunicipalityCode(String municipalityCode);

    /** Granting a role someone holds already changes nothing. */
    @Query("""
            INSERT INTO staff_role (staff_id, role, municipality_code) VALUES (:staffId, :role, :municipalityCode)
            ON CONFLICT DO NOTHING
            """)
    void grant(UUID staffId, Role role, @Nullable String municipalityCode);

    void deleteByStaffIdAndMunicipalityCode(UUID staffId, String municipalityCode);
}
