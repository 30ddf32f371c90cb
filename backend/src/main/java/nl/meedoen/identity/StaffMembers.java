package nl.meedoen.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
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

    @Query("UPDATE staff SET password_hash = :passwordHash, failed_sign_ins = 0, locked_until = NULL WHERE id = :id")
    void setPassword(UUID id, String passwordHash);

    /** Counts a failed sign-in; from the fifth on the account is locked, twice as long each time (at most a day). */
    @Query("""
            UPDATE staff
               SET failed_sign_ins = failed_sign_ins + 1,
                   locked_until = CASE WHEN failed_sign_ins + 1 >= 5
                                       THEN now() + least(interval '15 minutes' * power(2, failed_sign_ins + 1 - 5), interval '1 day')
                                  END
             WHERE id = :id
            """)
    void countFailedSignIn(UUID id);

    @Query("UPDATE staff SET active = false WHERE id = :id")
    void deactivate(UUID id);

    @Query("UPDATE staff SET failed_sign_ins = 0, locked_until = NULL WHERE id = :id AND failed_sign_ins > 0")
    void forgetFailedSignIns(UUID id);

    /** Several instances may start at once; only one of them adds the demo accounts. */
    @Query("SELECT true FROM pg_advisory_xact_lock(hashtext('demo-accounts'))")
    boolean lockForDemoAccounts();
}
