package nl.meedoen.privacy;

import io.micronaut.serde.annotation.Serdeable;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import nl.meedoen.testing.TestMunicipalities;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A municipality of its own (codes GM3000–GM3999) and a newcomer with something in every group of the
 * report: registered and invited through the API, a phone linked with the second of two letters,
 * bookings moved, cancelled and waiting, a walk-in with check-ins, a signature that was revoked, a
 * refusal, a mail and a notification. Rows no API writes for a test (push subscriptions, sessions in
 * the past) are written directly.
 */
final class PersonalDataTestData {

    static final String PASSWORD = "Meedoen-demo-2026";

    @Serdeable
    record Tokens(String accessToken) {
    }

    @Serdeable
    record Id(UUID id) {
    }

    @Serdeable
    record Letter(String code) {
    }

    @Serdeable
    record Redeemed(String token) {
    }

    @Serdeable
    record Witnessed(UUID id, String verificationCode) {
    }

    /** A newcomer and their phone's Authorization header. */
    record Newcomer(UUID id, String phone) {
    }

    private final Api api;
    private final Sql sql;
    private final MunicipalityDirectory municipalities;

    PersonalDataTestData(Api api, Sql sql, MunicipalityDirectory municipalities) {
        this.api = api;
        this.sql = sql;
        this.municipalities = municipalities;
    }

    String municipality() {
        return TestMunicipalities.fresh(municipalities, 3, "Inzagestad");
    }

    /** A staff member of the municipality with one role, signed in; returns the Authorization header. */
    String staff(String municipality, String role) {
        UUID id = UUID.randomUUID();
        String email = role + "-" + id + "@gemeente.example";
        sql.update("INSERT INTO staff (id, email, name, password_hash) SELECT ?, ?, ?, password_hash FROM staff WHERE email = 'admin@meedoen.example'",
                id, email, "Medewerker " + role);
        sql.update("INSERT INTO staff_role (staff_id, role, municipality_code) VALUES (?, ?, ?)", id, role, municipality);
        return "Bearer " + api.send("POST", "/api/v1/sign-in", Map.of("email", email, "password", PASSWORD)).as(Tokens.class).accessToken();
    }

    /** Registered and invited twice by the coordinator; the phone is linked with the second letter, so the first is withdrawn. */
    Newcomer newcomer(String municipality, String coordinator, String name, String language, String email) {
        Api.Response registered = api.send("POST", "/api/v1/municipalities/" + municipality + "/newcomers",
                Map.of("name", name, "preferredLanguage", language, "targetGroup", "permit-holder", "regime", "wi2021",
                        "obligationStart", "2026-03-02", "phone", "+31 6 1234 5678", "email", email), "Authorization", coordinator);
        assertEquals(201, registered.status(), registered.body());
        UUID id = registered.as(Id.class).id();
        invite(municipality, coordinator, id);
        String code = invite(municipality, coordinator, id);
        Api.Response redeemed = api.send("POST", "/api/v1/invitations/redeem", Map.of("code", code));
        assertEquals(200, redeemed.status(), redeemed.body());
        return new Newcomer(id, "Bearer " + redeemed.as(Redeemed.class).token());
    }

    private String invite(String municipality, String coordinator, UUID newcomer) {
        Api.Response letter = api.send("POST", "/api/v1/municipalities/" + municipality + "/newcomers/" + newcomer + "/invitations", null,
                "Authorization", coordinator);
        assertEquals(201, letter.status(), letter.body());
        return letter.as(Letter.class).code();
    }

    /** A session starting {@code daysAhead} days from now (negative: in the past), taught by the trainer. */
    UUID session(String municipality, String title, int daysAhead, int capacity) {
        UUID id = UUID.randomUUID();
        sql.update("""
                INSERT INTO workshop_session (id, municipality_code, title, starts_at, ends_at, place_name, place_address, capacity, languages)
                VALUES (?, ?, ?, now() + make_interval(days => ?), now() + make_interval(days => ?, hours => 3), 'Buurthuis De Linde',
                        'Lindelaan 4, Inzagestad', ?, '{ar,nl}')
                """, id, municipality, title, daysAhead, daysAhead, capacity);
        return id;
    }

    /** A seat someone else holds, so that the session is full. */
    void fill(String municipality, String coordinator, UUID session) {
        Newcomer other = newcomer(municipality, coordinator, "Vera Vulling", "nl",
                "vulling-" + UUID.randomUUID() + "@example.org");
        book(other, session);
    }

    Api.Response book(Newcomer newcomer, UUID session) {
        Api.Response booked = api.send("POST", "/api/v1/newcomer/bookings", Map.of("sessionId", session), "Authorization", newcomer.phone(),
                "Idempotency-Key", UUID.randomUUID().toString());
        assertEquals(201, booked.status(), booked.body());
        return booked;
    }

    Api.Response newcomerCall(String method, String path, Object body, Newcomer newcomer) {
        Api.Response response = api.send(method, path, body, "Authorization", newcomer.phone());
        assertEquals(true, response.status() < 300, response.body());
        return response;
    }

    /** Came without a booking: the trainer's walk-in check-in, as the attendance tables keep it. */
    void walkedIn(UUID session, UUID newcomer) {
        sql.update("INSERT INTO attendance (session_id, newcomer_id, status, walk_in) VALUES (?, ?, 'present', true)", session, newcomer);
        sql.update("INSERT INTO check_in (id, session_id, newcomer_id, method, scanned_at) VALUES (?, ?, ?, 'walk-in', now() - interval '2 days')",
                UUID.randomUUID(), session, newcomer);
    }

    /** Booked and did not come: the seat ended as missed, and the follow-up asking to book again went out. */
    void missed(UUID session, UUID newcomer) {
        UUID booking = UUID.randomUUID();
        sql.update("""
                INSERT INTO booking (id, session_id, newcomer_id, status, booked_at, confirmed_at, ended_at)
                VALUES (?, ?, ?, 'missed', now() - interval '9 days', now() - interval '9 days', now())
                """, booking, session, newcomer);
        sql.update("INSERT INTO attendance (session_id, newcomer_id, booking_id, status) VALUES (?, ?, ?, 'no-show')", session, newcomer, booking);
        sql.update("INSERT INTO no_show_follow_up (session_id, newcomer_id, handled_at, outcome) VALUES (?, ?, now(), 'sent')", session, newcomer);
    }

    /** Opens a ceremony, signs with a typed name on a phone and has the coordinator witness it. */
    Witnessed sign(String municipality, String coordinator, UUID newcomer, String typedName) {
        UUID ceremony = open(municipality, coordinator, newcomer);
        Api.Response submitted = api.send("POST", "/api/v1/municipalities/" + municipality + "/signing-ceremonies/" + ceremony + "/signature",
                Map.of("readAndUnderstood", true, "typedName", typedName), "Authorization", coordinator,
                "Idempotency-Key", UUID.randomUUID().toString(), "User-Agent", "Mozilla/5.0 (Linux; Android 14) Inzage");
        assertEquals(200, submitted.status(), submitted.body());
        Api.Response witnessed = api.send("POST", "/api/v1/municipalities/" + municipality + "/signing-ceremonies/" + ceremony + "/witness",
                null, "Authorization", coordinator);
        assertEquals(201, witnessed.status(), witnessed.body());
        return witnessed.as(Witnessed.class);
    }

    void revoke(String municipality, String coordinator, UUID signature, String reason) {
        Api.Response revoked = api.send("POST", "/api/v1/municipalities/" + municipality + "/signatures/" + signature + "/revocation",
                Map.of("reason", reason), "Authorization", coordinator);
        assertEquals(201, revoked.status(), revoked.body());
    }

    void refuse(String municipality, String coordinator, UUID newcomer, String reason) {
        UUID ceremony = open(municipality, coordinator, newcomer);
        Api.Response refused = api.send("POST", "/api/v1/municipalities/" + municipality + "/signing-ceremonies/" + ceremony + "/refusal",
                Map.of("reason", reason), "Authorization", coordinator);
        assertEquals(201, refused.status(), refused.body());
    }

    private UUID open(String municipality, String coordinator, UUID newcomer) {
        Api.Response opened = api.send("POST", "/api/v1/municipalities/" + municipality + "/signing-ceremonies",
                Map.of("newcomerId", newcomer), "Authorization", coordinator);
        assertEquals(201, opened.status(), opened.body());
        return opened.as(Id.class).id();
    }

    /** A phone that allowed notifications, with one notification sent to it. */
    void notifications(Newcomer newcomer, String kind) {
        byte[] key = new byte[65];
        key[0] = 4;
        long subscription = sql.one("""
                INSERT INTO push_subscription (newcomer_session_id, endpoint, p256dh, auth)
                SELECT id, ?, ?, ? FROM newcomer_session WHERE newcomer_id = ? AND revoked_at IS NULL RETURNING id
                """, row -> row.getLong("id"), "https://push.example.net/send/" + UUID.randomUUID(), key, new byte[16], newcomer.id()).orElseThrow();
        sql.update("""
                INSERT INTO push_outbox (subscription_id, dedup_key, kind, payload, valid_until, sent_at)
                VALUES (?, ?, ?, '{}', now() + interval '1 day', now())
                """, subscription, kind + ":" + UUID.randomUUID(), kind);
    }

    void mail(String recipient, String kind, String subject) {
        sql.update("INSERT INTO mail_outbox (kind, recipient, subject, text_body) VALUES (?, ?, ?, 'Tekst')", kind, recipient, subject);
    }
}
