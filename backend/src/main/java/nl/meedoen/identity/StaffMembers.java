package nl.meedoen.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The staff table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface StaffMembers extends GenericRepository<StaffMember, UUID> {

    StaffMember save(StaffMember member);

    Optional<StaffMember> findById(UUID id);

    /** Compares the way the unique index staff_email does, so that it can use that index. */
    @Query("SELECT * FROM staff WHERE lower(email) = lower(:email)")
    Optional<StaffMember> findByEmail(String email);

    @Query("""
            SELECT DISTINCT s.*
              FROM staff s
              JOIN staff_role r ON r.staff_id = s.id
             WHERE r.municipality_code = :municipality
             ORDER BY s.name
            """)
    List<StaffMember> findWithRoleIn(String municipality);

    @Query("UPDATE staff SET password_hash = :passwordHash WHERE id = :id")
    void setPassword(UUID id, String passwordHash);

    @Query("UPDATE staff SET active = false WHERE id = :id")
    void deactivate(UUID id);

    @Query("UPDATE staff SET active = true WHERE id = :id")
    void reactivate(UUID id);

    @Query("SELECT unnest(reads_languages) FROM staff WHERE id = :id ORDER BY 1")
    List<String> languagesRead(UUID id);

    @Query("UPDATE staff SET reads_languages = CAST(:languages AS text[]) WHERE id = :id")
    void setLanguagesRead(UUID id, @TypeDef(type = DataType.STRING_ARRAY) List<String> languages);

    /** Several instances may start at once; only one of them adds the demo accounts. */
    @Query("SELECT true FROM pg_advisory_xact_lock(hashtext('demo-accounts'))")
    boolean lockForDemoAccounts();
}
