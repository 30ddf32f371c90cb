package nl.meedoen.monitoring;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The SQL behind the figures. It reads the tables of newcomers, invitations, bookings, attendance and
 * signatures as they are, read-only, so that the features that own them need not know about figures.
 * Days are days in the Netherlands ({@code Europe/Amsterdam}).
 */
@Singleton
class FigureQueries {

    /** One funnel line: a municipality's group, a municipality's total ({@code group} null) or the grand total (both null). */
    record FunnelLine(@Nullable String municipality, @Nullable String group, FunnelCounts counts) {
    }

    /** One session held in the period, with its seats and who came. */
    record HeldSession(String municipality, UUID id, String title, java.time.Instant startsAt, int capacity, long seatsTaken,
                       long present, long noShows) {
    }

    /** A municipality's name, and a session's title with its start, for the labels of rows. */
    record Name(String key, String name) {
    }

    /**
     * Every newcomer of the cohort with the steps they reached. A seat counts once held (a confirmed booking,
     * also when later cancelled or moved) and a walk-in who came held one too; a signature counts unless it was
     * revoked; DUO counts for such a signature. Their session is the latest they came to, else the latest they
     * held a seat in.
     */
    private static final String COHORT = """
            WITH cohort AS (
                SELECT n.id, n.municipality_code, n.preferred_lang, n.target_group, n.regime,
                       (n.created_at AT TIME ZONE 'Europe/Amsterdam')::date AS registered_on
                  FROM newcomer n
                 WHERE (n.created_at AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN ? AND ?
                   AND (?::text IS NULL OR n.municipality_code = ?)
            ), valid_signature AS (
                SELECT s.id, s.newcomer_id, s.signed_at
                  FROM signature s
                 WHERE s.kind = 'signed' AND NOT EXISTS (SELECT 1 FROM signature r WHERE r.revokes = s.id)
            ), steps AS (
                SELECT c.*,
                       EXISTS (SELECT 1 FROM invitation i WHERE i.newcomer_id = c.id) AS invited,
                       EXISTS (SELECT 1 FROM invitation i WHERE i.newcomer_id = c.id AND i.redeemed_at IS NOT NULL) AS redeemed,
                       EXISTS (SELECT 1 FROM attendance a WHERE a.newcomer_id = c.id AND a.status = 'present') AS attended,
                       EXISTS (SELECT 1 FROM booking b WHERE b.newcomer_id = c.id AND b.confirmed_at IS NOT NULL) AS had_seat,
                       (SELECT min(v.signed_at) FROM valid_signature v WHERE v.newcomer_id = c.id) AS signed_at,
                       EXISTS (SELECT 1 FROM valid_signature v JOIN duo_registration d ON d.signature_id = v.id
                                WHERE v.newcomer_id = c.id) AS with_duo,
                       coalesce((SELECT a.session_id::text FROM attendance a JOIN workshop_session w ON w.id = a.session_id
                                  WHERE a.newcomer_id = c.id AND a.status = 'present' ORDER BY w.starts_at DESC LIMIT 1),
                                (SELECT b.session_id::text FROM booking b
                                  WHERE b.newcomer_id = c.id AND b.confirmed_at IS NOT NULL ORDER BY b.confirmed_at DESC LIMIT 1),
                                '') AS session_key
                  FROM cohort c
            )
            SELECT municipality_code, %1$s AS group_key, grouping(municipality_code) AS all_municipalities, grouping(%1$s) AS all_groups,
                   count(*) AS registered,
                   count(*) FILTER (WHERE invited) AS invited,
                   count(*) FILTER (WHERE redeemed) AS redeemed,
                   count(*) FILTER (WHERE had_seat OR attended) AS booked,
                   count(*) FILTER (WHERE attended) AS attended,
                   count(*) FILTER (WHERE signed_at IS NOT NULL) AS signed,
                   count(*) FILTER (WHERE with_duo) AS with_duo,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY (signed_at AT TIME ZONE 'Europe/Amsterdam')::date - registered_on)
                       FILTER (WHERE signed_at IS NOT NULL) AS median_days
              FROM steps
             GROUP BY GROUPING SETS ((municipality_code, %1$s), (municipality_code), ())
            """;

    private static final String HELD_SESSIONS = """
            SELECT w.municipality_code, w.id, w.title, w.starts_at, w.capacity,
                   (SELECT count(*) FROM booking b WHERE b.session_id = w.id AND b.status = 'confirmed') AS seats_taken,
                   (SELECT count(*) FROM attendance a WHERE a.session_id = w.id AND a.status = 'present') AS present,
                   (SELECT count(*) FROM attendance a WHERE a.session_id = w.id AND a.status = 'no-show') AS no_shows
              FROM workshop_session w
             WHERE w.status <> 'cancelled' AND w.starts_at < now()
               AND (w.starts_at AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN ? AND ?
               AND (?::text IS NULL OR w.municipality_code = ?)
             ORDER BY w.starts_at, w.id
            """;

    @FunctionalInterface
    private interface Rows<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final TransactionOperations<Connection> transactions;

    FigureQueries(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** The funnel of the period for one municipality, or for all when {@code municipality} is null. */
    List<FunnelLine> funnel(FiguresPeriod period, @Nullable String municipality, FunnelBreakdown breakdown) {
        return list(COHORT.formatted(breakdown.column()), row -> {
            boolean allMunicipalities = row.getInt("all_municipalities") == 1;
            boolean allGroups = row.getInt("all_groups") == 1;
            double median = row.getDouble("median_days");
            Double medianDays = row.wasNull() ? null : median;
            return new FunnelLine(allMunicipalities ? null : row.getString("municipality_code"), allGroups ? null : row.getString("group_key"),
                    new FunnelCounts(row.getLong("registered"), row.getLong("invited"), row.getLong("redeemed"), row.getLong("booked"),
                            row.getLong("attended"), row.getLong("signed"), row.getLong("with_duo"), medianDays));
        }, period.from(), period.to(), municipality, municipality);
    }

    List<HeldSession> heldSessions(FiguresPeriod period, @Nullable String municipality) {
        return list(HELD_SESSIONS, row -> new HeldSession(row.getString("municipality_code"), row.getObject("id", UUID.class),
                row.getString("title"), row.getTimestamp("starts_at").toInstant(), row.getInt("capacity"), row.getLong("seats_taken"),
                row.getLong("present"), row.getLong("no_shows")), period.from(), period.to(), municipality, municipality);
    }

    List<Name> sessionNames(List<String> ids) {
        return list("""
                SELECT id::text AS key, title || ' · ' || to_char(starts_at AT TIME ZONE 'Europe/Amsterdam', 'DD-MM-YYYY HH24:MI') AS name
                  FROM workshop_session WHERE id::text = ANY (?)
                """, row -> new Name(row.getString("key"), row.getString("name")), (Object) ids.toArray(String[]::new));
    }

    List<Name> municipalityNames() {
        return list("SELECT code AS key, name FROM municipality", row -> new Name(row.getString("key"), row.getString("name")));
    }

    private <T> List<T> list(String sql, Rows<T> rows, Object... parameters) {
        return transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    Object value = parameters[i];
                    if (value instanceof String[] texts) {
                        statement.setArray(i + 1, connection.createArrayOf("text", texts));
                    } else {
                        statement.setObject(i + 1, value);
                    }
                }
                try (ResultSet result = statement.executeQuery()) {
                    List<T> list = new ArrayList<>();
                    while (result.next()) {
                        list.add(rows.map(result));
                    }
                    return list;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
