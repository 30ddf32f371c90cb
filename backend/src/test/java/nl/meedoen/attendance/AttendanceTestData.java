package nl.meedoen.attendance;

import io.micronaut.serde.annotation.Serdeable;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A municipality of its own per test, with sessions, trainers who can sign in (with the demo
 * password), and newcomers whose phones are linked by writing the rows a redeemed invitation leaves.
 */
final class AttendanceTestData {

    static final String PASSWORD = "Meedoen-demo-2026";

    @Serdeable
    record Tokens(String accessToken) {
    }

    record Newcomer(UUID id, String phone) {
    }

    record Staff(UUID id, String token) {
    }

    private final Api api;
    private final Sql sql;

    AttendanceTestData(Api api, Sql sql) {
        this.api = api;
        this.sql = sql;
    }

    /** A new municipality with a code in GM7000–GM7999. */
    String municipality() {
        while (true) {
            String code = "GM7" + ThreadLocalRandom.current().nextInt(100, 1000);
            if (sql.update("INSERT INTO municipality (code, slug, name, search_key) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    code, "aanwezigstad-" + code.toLowerCase(), "Aanwezigstad " + code, "aanwezigstad " + code.toLowerCase()) == 1) {
                return code;
            }
        }
    }

    /** A staff member with this role in the municipality, signed in. */
    Staff staff(String municipality, String role) {
        UUID id = UUID.randomUUID();
        String email = role + "-" + id + "@gemeente.example";
        sql.update("""
                INSERT INTO staff (id, email, name, password_hash)
                SELECT ?, ?, ?, password_hash FROM staff WHERE email = 'admin@meedoen.example'
                """, id, email, "Medewerker " + id.toString().substring(0, 8));
        sql.update("INSERT INTO staff_role (staff_id, role, municipality_code) VALUES (?, ?, ?)", id, role, municipality);
        return new Staff(id, signIn(email));
    }

    String signIn(String email) {
        Api.Response response = api.send("POST", "/api/v1/sign-in", Map.of("email", email, "password", PASSWORD));
        assertEquals(200, response.status(), response.body());
        return "Bearer " + response.as(Tokens.class).accessToken();
    }

    /** A session of the municipality from {@code start} for three hours, taught by the given trainers. */
    UUID session(String municipality, Instant start, int capacity, UUID... trainers) {
        UUID id = UUID.randomUUID();
        sql.update("""
                INSERT INTO workshop_session (id, municipality_code, title, starts_at, ends_at, place_name, place_address, capacity,
                                              languages, interpreter_languages)
                VALUES (?, ?, 'Waardenworkshop', ?, ?, 'Buurthuis De Linde', 'Lindelaan 4', ?, '{nl}', '{ar}')
                """, id, municipality, java.sql.Timestamp.from(start), java.sql.Timestamp.from(start.plus(Duration.ofHours(3))), capacity);
        for (UUID trainer : trainers) {
            sql.update("INSERT INTO workshop_session_trainer (session_id, staff_id) VALUES (?, ?)", id, trainer);
        }
        return id;
    }

    /** A newcomer with a linked phone; returns the phone's Authorization header. */
    Newcomer newcomer(String municipality, String language) {
        UUID id = UUID.randomUUID();
        UUID invitation = UUID.randomUUID();
        String token = "nc." + UUID.randomUUID() + UUID.randomUUID();
        sql.update("""
                INSERT INTO newcomer (id, municipality_code, name, preferred_lang, target_group, regime)
                VALUES (?, ?, ?, ?, 'permit-holder', 'voluntary')
                """, id, municipality, "Nieuwkomer " + id.toString().substring(0, 8), language);
        sql.update("INSERT INTO invitation (id, newcomer_id, code_hash, expires_at, redeemed_at) VALUES (?, ?, ?, now() + interval '1 day', now())",
                invitation, id, sha256(invitation.toString()));
        sql.update("INSERT INTO newcomer_session (id, newcomer_id, invitation_id, token_hash) VALUES (?, ?, ?, ?)",
                UUID.randomUUID(), id, invitation, sha256(token));
        return new Newcomer(id, "Bearer " + token);
    }

    /** A booking of the newcomer in the session; returns its id. */
    UUID book(UUID newcomer, UUID session, String status) {
        UUID id = UUID.randomUUID();
        sql.update("INSERT INTO booking (id, session_id, newcomer_id, status, confirmed_at) VALUES (?, ?, ?, ?, "
                + ("confirmed".equals(status) ? "now()" : "NULL") + ")", id, session, newcomer, status);
        return id;
    }

    Sql sql() {
        return sql;
    }

    String emailOf(UUID staff) {
        return sql.one("SELECT email FROM staff WHERE id = ?", rows -> rows.getString(1), staff).orElseThrow();
    }

    long count(String sql, Object... parameters) {
        return this.sql.one(sql, rows -> rows.getLong(1), parameters).orElseThrow();
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
