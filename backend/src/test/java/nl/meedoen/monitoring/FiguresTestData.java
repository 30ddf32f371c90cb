package nl.meedoen.monitoring;

import io.micronaut.serde.annotation.Serdeable;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A municipality of its own per test (codes GM4000–GM4999) with staff who sign in with the demo password,
 * newcomers registered on a chosen day, invitations, sessions, bookings and attendance written as rows, and
 * signatures, refusals, revocations and DUO registrations made through the API as a coordinator makes them.
 */
final class FiguresTestData {

    static final String PASSWORD = "Meedoen-demo-2026";
    static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

    @Serdeable
    record Tokens(String accessToken) {
    }

    @Serdeable
    record Created(UUID id) {
    }

    record Staff(UUID id, String email, String token) {
    }

    private final Api api;
    private final Sql sql;

    FiguresTestData(Api api, Sql sql) {
        this.api = api;
        this.sql = sql;
    }

    static LocalDate today() {
        return LocalDate.now(DUTCH);
    }

    String municipality(String name) {
        while (true) {
            String code = "GM4" + ThreadLocalRandom.current().nextInt(100, 1000);
            if (sql.update("INSERT INTO municipality (code, slug, name, search_key) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    code, "cijferstad-" + code.toLowerCase(), name + " " + code, name.toLowerCase() + " " + code.toLowerCase()) == 1) {
                return code;
            }
        }
    }

    Staff staff(String municipality, String role) {
        UUID id = UUID.randomUUID();
        String email = role + "-" + id + "@gemeente.example";
        sql.update("""
                INSERT INTO staff (id, email, name, password_hash)
                SELECT ?, ?, ?, password_hash FROM staff WHERE email = 'admin@meedoen.example'
                """, id, email, "Medewerker " + id.toString().substring(0, 8));
        sql.update("INSERT INTO staff_role (staff_id, role, municipality_code) VALUES (?, ?, ?)", id, role, municipality);
        return new Staff(id, email, signIn(email));
    }

    String admin() {
        return signIn("admin@meedoen.example");
    }

    private String signIn(String email) {
        Api.Response response = api.send("POST", "/api/v1/sign-in", Map.of("email", email, "password", PASSWORD));
        assertEquals(200, response.status(), response.body());
        return "Bearer " + response.as(Tokens.class).accessToken();
    }

    /** A newcomer registered at noon (Dutch time) on the given day. */
    UUID newcomer(String municipality, String language, String targetGroup, LocalDate registeredOn) {
        UUID id = UUID.randomUUID();
        String regime = targetGroup.endsWith("voluntary") ? "voluntary" : "wi2021";
        sql.update("""
                INSERT INTO newcomer (id, municipality_code, name, preferred_lang, target_group, regime, obligation_start, deadline, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, id, municipality, "Nieuwkomer " + id.toString().substring(0, 8), language, targetGroup, regime,
                regime.equals("voluntary") ? null : registeredOn, regime.equals("voluntary") ? null : registeredOn.plusYears(3),
                registeredOn.atTime(12, 0).atZone(DUTCH).toInstant());
        return id;
    }

    void invitation(UUID newcomer, boolean redeemed, boolean revoked) {
        sql.update("""
                INSERT INTO invitation (id, newcomer_id, code_hash, expires_at, redeemed_at, revoked_at)
                VALUES (?, ?, ?, now() + interval '30 days', CASE WHEN ? THEN now() END, CASE WHEN ? THEN now() END)
                """, UUID.randomUUID(), newcomer, UUID.randomUUID().toString(), redeemed, revoked);
    }

    /** A session from 10:00 to 13:00 (Dutch time) on the day; {@code status} planned or cancelled. */
    UUID session(String municipality, String title, LocalDate day, int capacity, String status) {
        UUID id = UUID.randomUUID();
        sql.update("""
                INSERT INTO workshop_session (id, municipality_code, title, starts_at, ends_at, place_name, place_address, capacity, languages, status)
                VALUES (?, ?, ?, ?, ?, 'Buurthuis', 'Straat 1', ?, '{nl}', ?)
                """, id, municipality, title, day.atTime(10, 0).atZone(DUTCH).toInstant(), day.atTime(13, 0).atZone(DUTCH).toInstant(),
                capacity, status);
        return id;
    }

    /** {@code confirmed}, {@code waitlisted}, or {@code cancelled} (a seat held, then given back). */
    void booking(UUID newcomer, UUID session, String status) {
        sql.update("""
                INSERT INTO booking (id, session_id, newcomer_id, status, confirmed_at, ended_at)
                VALUES (?, ?, ?, ?, CASE WHEN ? <> 'waitlisted' THEN now() END, CASE WHEN ? = 'cancelled' THEN now() END)
                """, UUID.randomUUID(), session, newcomer, status, status, status);
    }

    void attendance(UUID session, UUID newcomer, String status) {
        sql.update("INSERT INTO attendance (session_id, newcomer_id, status) VALUES (?, ?, ?)", session, newcomer, status);
    }

    UUID sign(String municipality, Staff coordinator, UUID newcomer) {
        UUID ceremony = open(municipality, coordinator, newcomer);
        Api.Response submitted = api.send("POST", path(municipality, "/signing-ceremonies/" + ceremony + "/signature"),
                Map.of("readAndUnderstood", true, "typedName", "Nieuwkomer"), "Authorization", coordinator.token(),
                "Idempotency-Key", UUID.randomUUID().toString());
        assertEquals(200, submitted.status(), submitted.body());
        Api.Response witnessed = api.send("POST", path(municipality, "/signing-ceremonies/" + ceremony + "/witness"), null,
                "Authorization", coordinator.token());
        assertEquals(201, witnessed.status(), witnessed.body());
        return witnessed.as(Created.class).id();
    }

    void refuse(String municipality, Staff coordinator, UUID newcomer) {
        UUID ceremony = open(municipality, coordinator, newcomer);
        Api.Response refused = api.send("POST", path(municipality, "/signing-ceremonies/" + ceremony + "/refusal"),
                Map.of("reason", "Wil nog nadenken"), "Authorization", coordinator.token());
        assertEquals(201, refused.status(), refused.body());
    }

    void revoke(String municipality, Staff coordinator, UUID signature) {
        Api.Response revoked = api.send("POST", path(municipality, "/signatures/" + signature + "/revocation"),
                Map.of("reason", "Getekend voor een ander"), "Authorization", coordinator.token());
        assertEquals(201, revoked.status(), revoked.body());
    }

    void registerWithDuo(String municipality, Staff coordinator, UUID signature) {
        Api.Response registered = api.send("POST", path(municipality, "/duo-registrations"),
                Map.of("signatureId", signature, "registeredOn", today().toString()), "Authorization", coordinator.token());
        assertEquals(201, registered.status(), registered.body());
    }

    private UUID open(String municipality, Staff coordinator, UUID newcomer) {
        Api.Response opened = api.send("POST", path(municipality, "/signing-ceremonies"), Map.of("newcomerId", newcomer),
                "Authorization", coordinator.token());
        assertEquals(201, opened.status(), opened.body());
        return opened.as(Created.class).id();
    }

    static String path(String municipality, String rest) {
        return "/api/v1/municipalities/" + municipality + rest;
    }
}
