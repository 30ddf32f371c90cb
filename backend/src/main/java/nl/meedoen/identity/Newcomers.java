package nl.meedoen.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The newcomer table, read as staff see a newcomer: always within one municipality, except for their own phone. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface Newcomers extends GenericRepository<StoredNewcomer, UUID> {

    /** A newcomer with whether a phone is linked to them; the column names are those of {@link Newcomer}. */
    String AS_STAFF_SEE_THEM = """
            SELECT n.id, n.municipality_code AS municipality, n.name, n.preferred_lang AS preferred_language, n.target_group,
                   n.regime, n.obligation_start, n.deadline, n.phone, n.email, n.created_at AS registered_at,
                   EXISTS (SELECT 1 FROM newcomer_session s WHERE s.newcomer_id = n.id AND s.revoked_at IS NULL) AS device_linked
              FROM newcomer n
            """;

    StoredNewcomer save(StoredNewcomer newcomer);

    @Query(AS_STAFF_SEE_THEM + " WHERE n.municipality_code = :municipality ORDER BY n.created_at DESC")
    List<Newcomer> in(String municipality);

    @Query(AS_STAFF_SEE_THEM + " WHERE n.municipality_code = :municipality AND n.id = :id")
    Optional<Newcomer> find(String municipality, UUID id);

    @Query(AS_STAFF_SEE_THEM + " WHERE n.id = :id")
    Optional<Newcomer> byId(UUID id);

    /** Corrects what the municipality registered; who registered them and when stays as it was. */
    @Query("""
            UPDATE newcomer
               SET name = :name, preferred_lang = :preferredLang, target_group = :targetGroup, regime = :regime,
                   obligation_start = :obligationStart, deadline = :deadline, phone = :phone, email = :email
             WHERE id = :id
            """)
    void correct(UUID id, String name, String preferredLang, String targetGroup, String regime, @Nullable LocalDate obligationStart,
                 @Nullable LocalDate deadline, @Nullable String phone, @Nullable String email);

    /** Holds the newcomer's row until the transaction ends, so that two changes to one newcomer take turns. */
    @Query("SELECT id FROM newcomer WHERE id = :id FOR UPDATE")
    Optional<UUID> lock(UUID id);
}
