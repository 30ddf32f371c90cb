package nl.meedoen.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;
import java.util.UUID;

/**
 * The long-lived sign-ins of newcomers' phones, made by redeeming an invitation. One lasts until it
 * is revoked, for example when a new invitation is issued because the phone was lost.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface NewcomerSessions extends GenericRepository<NewcomerSession, UUID> {

    String PREFIX = "nc.";

    NewcomerSession save(NewcomerSession session);

    /** The newcomer a live token belongs to; {@code id} is the newcomer's, as {@link SignedInNewcomer} has it. */
    @Query("""
            SELECT n.id, n.municipality_code AS municipality, s.id AS session_id
              FROM newcomer_session s
              JOIN newcomer n ON n.id = s.newcomer_id
             WHERE s.token_hash = :tokenHash AND s.revoked_at IS NULL
            """)
    Optional<SignedInNewcomer> findLive(String tokenHash);

    @Query("UPDATE newcomer_session SET revoked_at = now() WHERE id = :id AND revoked_at IS NULL")
    void revoke(UUID id);

    @Query("UPDATE newcomer_session SET revoked_at = now() WHERE newcomer_id = :newcomerId AND revoked_at IS NULL")
    void revokeAllOf(UUID newcomerId);
}
