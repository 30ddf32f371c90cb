package nl.meedoen.monitoring;

import io.micronaut.serde.annotation.Serdeable;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A municipality of its own per test (codes GM4100–GM4999), a coordinator who can sign in (with the
 * demo password), and newcomers brought to each step of the trajectory: rows for invitations, bookings
 * and attendance, the API for signing, refusing and revoking.
 */
final class DeadlineTestData {

    static final String PASSWORD = "Meedoen-demo-2026";

    @Serdeable
    record Tokens(String accessToken) {
    }

    @Serdeable
    record Opened(UUID id) {
    }

    @Serdeable
    record Signed(UUID id) {
    }

    @Serdeable
    record Answer(LocalDate today, int weeks, LocalDate until, List<Entry> newcomers) {
    }

    @Serdeable
    record Entry(UUID newcomerId, String name, String regime, @Nullable LocalDate obligationStart, LocalDate deadline, long daysLeft,
                 boolean overdue, String missing, @Nullable LocalDate date) {
    }

    private final Api api;
    private final Sql sql;

    DeadlineTestData(Api api, Sql sql) {
        this.api = api;
        this.sql = sql;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    String municipality() {
        while (true) {
            String code = "GM4" + ThreadLocalRandom.current().nextInt(100, 1000);
            if (sql.update("INSERT INTO municipality (code, slug, name, search_key) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    code, "termijnstad-" + code.toLowerCase(), "Termijnstad " + code, "termijnstad " + code.toLowerCase()) == 1) {
                return code;
            }
        }
    }

    /** A staff member with this role in the municipality; returns the Authorization header. */
    String staff(String municipality, String role) {
        return signIn(staffAccount(municipality, role));
    }

    String staffAccount(String municipality, String role) {
        UUID id = UUID.randomUUID();
        String email = role + "-" + id + "@gemeente.example";
        sql.update("""
                INSERT INTO staff (id, email, name, password_hash)
                SELECT ?, ?, ?, password_hash FROM staff WHERE email = 'admin@meedoen.example'
                """, id, email, "Medewerker " + id.toString().substring(0, 8));
        sql.update("INSERT INTO staff_role (staff_id, role, municipality_code) VALUES (?, ?, ?)", id, role, municipality);
        return email;
    }

    String signIn(String email) {
        Api.Response response = api.send("POST", "/api/v1/sign-in", Map.of("email", email, "password", PASSWORD));
        assertEquals(200, response.status(), response.body());
        return "Bearer " + response.as(Tokens.class).accessToken();
    }

    /** A Wi2021 newcomer whose deadline is the given day (their start three years before), and nothing else yet. */
    UUID newcomer(String municipality, String name, LocalDate deadline) {
        UUID id = UUID.randomUUID();
        sql.update("""
                INSERT INTO newcomer (id, municipality_code, name, preferred_lang, target_group, regime, obligation_start, deadline)
                VALUES (?, ?, ?, 'ar', 'permit-holder', 'wi2021', ?, ?)
                """, id, municipality, name, deadline.minusYears(3), deadline);
        return id;
    }

    void invite(UUID newcomer, boolean redeemed) {
        UUID invitation = UUID.randomUUID();
        sql.update("INSERT INTO invitation (id, newcomer_id, code_hash, expires_at, redeemed_at) VALUES (?, ?, ?, now() + interval '30 days', "
                + (redeemed ? "now()" : "NULL") + ")", invitation, newcomer, invitation.toString());
    }

    /** A session of the municipality starting at the given moment. */
    UUID session(String municipality, Instant start) {
        UUID id = UUID.randomUUID();
        sql.update("""
                INSERT INTO workshop_session (id, municipality_code, title, starts_at, ends_at, place_name, place_address, capacity, languages)
                VALUES (?, ?, 'Waardenworkshop', ?, ?, 'Buurthuis', 'Straat 1', 20, '{nl}')
                """, id, municipality, java.sql.Timestamp.from(start), java.sql.Timestamp.from(start.plus(Duration.ofHours(3))));
        return id;
    }

    void book(UUID newcomer, UUID session, String status) {
        sql.update("INSERT INTO booking (id, session_id, newcomer_id, status, confirmed_at) VALUES (?, ?, ?, ?, "
                + ("confirmed".equals(status) ? "now()" : "NULL") + ")", UUID.randomUUID(), session, newcomer, status);
    }

    void attendance(UUID newcomer, UUID session, String status) {
        sql.update("INSERT INTO attendance (session_id, newcomer_id, status) VALUES (?, ?, ?)", session, newcomer, status);
    }

    /** Signs at the counter through the API: open the ceremony, sign with the typed name, witness. */
    UUID sign(String municipality, String coordinator, UUID newcomer) {
        UUID ceremony = open(municipality, coordinator, newcomer);
        Api.Response submitted = api.send("POST", path(municipality, "/signing-ceremonies/" + ceremony + "/signature"),
                Map.of("readAndUnderstood", true, "typedName", "Getekend"), "Authorization", coordinator,
                "Idempotency-Key", UUID.randomUUID().toString(), "User-Agent", "Mozilla/5.0 (Linux; Android 14) Test");
        assertEquals(200, submitted.status(), submitted.body());
        Api.Response witnessed = api.send("POST", path(municipality, "/signing-ceremonies/" + ceremony + "/witness"), null,
                "Authorization", coordinator);
        assertEquals(201, witnessed.status(), witnessed.body());
        return witnessed.as(Signed.class).id();
    }

    void refuse(String municipality, String coordinator, UUID newcomer) {
        UUID ceremony = open(municipality, coordinator, newcomer);
        Api.Response refused = api.send("POST", path(municipality, "/signing-ceremonies/" + ceremony + "/refusal"),
                Map.of("reason", "Wil nu niet tekenen"), "Authorization", coordinator);
        assertEquals(201, refused.status(), refused.body());
    }

    void revoke(String municipality, String coordinator, UUID signature) {
        Api.Response revoked = api.send("POST", path(municipality, "/signatures/" + signature + "/revocation"),
                Map.of("reason", "Verkeerde persoon"), "Authorization", coordinator);
        assertEquals(201, revoked.status(), revoked.body());
    }

    Answer list(String municipality, String token, int weeks) {
        Api.Response response = api.get(path(municipality, "/deadline-list?weeks=" + weeks), "Authorization", token);
        assertEquals(200, response.status(), response.body());
        assertEquals("no-store", response.header("Cache-Control"), "names and deadlines are personal data");
        return response.as(Answer.class);
    }

    static String path(String municipality, String rest) {
        return "/api/v1/municipalities/" + municipality + rest;
    }

    private UUID open(String municipality, String coordinator, UUID newcomer) {
        Api.Response response = api.send("POST", path(municipality, "/signing-ceremonies"), Map.of("newcomerId", newcomer),
                "Authorization", coordinator);
        assertEquals(201, response.status(), response.body());
        return response.as(Opened.class).id();
    }
}
