package nl.meedoen.privacy;

import jakarta.inject.Singleton;
import nl.meedoen.database.PlainSql;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * When a newcomer's trajectory ended, as a municipality sees it: the moment after which nothing more
 * happened with or for them. That is the latest of
 * <ul>
 *   <li>their registration, and every invitation issued, redeemed or revoked, and every phone linked;</li>
 *   <li>every booking made, confirmed or ended, and the end of every session they were booked into or attended;</li>
 *   <li>every signing ceremony opened for them, and every signature, refusal or revocation recorded;</li>
 *   <li>and, while they have neither a signature that stands (one not revoked) nor a recorded refusal, the end of
 *       the day of their deadline (three years under Wi2021, one under Wi2013): until then the municipality
 *       still has to offer them the trajectory. Voluntary newcomers have no deadline.</li>
 * </ul>
 * So a newcomer who signed ends at the signing (or anything later, such as a revocation); one whose
 * deadline passed without a signature ends at the deadline; a voluntary newcomer who stopped coming ends
 * at their last activity. A newcomer who moves away is, for now, covered by the same rules: nothing more
 * happens after they left.
 */
@Singleton
final class TrajectoryEnds {

    /** The end of the trajectory of the newcomer {@code n}, as an SQL expression. */
    static final String ENDED_AT = """
            greatest(
                n.created_at,
                (SELECT max(greatest(i.created_at, i.redeemed_at, i.revoked_at)) FROM invitation i WHERE i.newcomer_id = n.id),
                (SELECT max(p.created_at) FROM newcomer_session p WHERE p.newcomer_id = n.id),
                (SELECT max(greatest(b.booked_at, b.confirmed_at, b.ended_at, w.ends_at))
                   FROM booking b JOIN workshop_session w ON w.id = b.session_id WHERE b.newcomer_id = n.id),
                (SELECT max(greatest(a.updated_at, w.ends_at))
                   FROM attendance a JOIN workshop_session w ON w.id = a.session_id WHERE a.newcomer_id = n.id),
                (SELECT max(c.opened_at) FROM signing_ceremony c WHERE c.newcomer_id = n.id),
                (SELECT max(s.recorded_at) FROM signature s WHERE s.newcomer_id = n.id),
                CASE WHEN n.deadline IS NOT NULL AND NOT EXISTS (
                        SELECT 1 FROM signature s
                         WHERE s.newcomer_id = n.id AND s.kind IN ('signed', 'refused')
                           AND NOT EXISTS (SELECT 1 FROM signature r WHERE r.revokes = s.id))
                     THEN (n.deadline + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'
                END)
            """;

    private final PlainSql sql;

    TrajectoryEnds(PlainSql sql) {
        this.sql = sql;
    }

    /** Municipalities with at least one newcomer whose trajectory ended before the cutoff. */
    List<String> municipalitiesWithEndsBefore(Instant cutoff) {
        return sql.list("SELECT DISTINCT n.municipality_code FROM newcomer n WHERE " + ENDED_AT + " < ? ORDER BY 1",
                row -> row.getString(1), cutoff);
    }

    /**
     * Up to {@code most} newcomers of the municipality whose trajectory ended before the cutoff, locked until
     * the transaction ends; rows another transaction holds are left for it.
     */
    List<UUID> lockEndedBefore(String municipality, Instant cutoff, int most) {
        return sql.list("SELECT n.id FROM newcomer n WHERE n.municipality_code = ? AND " + ENDED_AT + " < ? "
                        + "ORDER BY n.id LIMIT ? FOR UPDATE OF n SKIP LOCKED",
                row -> row.getObject(1, UUID.class), municipality, cutoff, most);
    }
}
