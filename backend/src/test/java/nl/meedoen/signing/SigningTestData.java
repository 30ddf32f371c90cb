package nl.meedoen.signing;

import io.micronaut.serde.annotation.Serdeable;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import nl.meedoen.testing.TestMunicipalities;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A municipality of its own per test (codes GM5000–GM5999), staff who can sign in (their password is
 * the demo password, copied from the demo admin's row), newcomers and sessions written as rows.
 */
final class SigningTestData {

    static final String PASSWORD = "Meedoen-demo-2026";

    @Serdeable
    record Tokens(String accessToken) {
    }

    /** A signed-in staff member; the e-mail address signs them in on a staff screen too. */
    record Staff(UUID id, String token, String email) {
    }

    private final Api api;
    private final Sql sql;
    private final MunicipalityDirectory municipalities;

    SigningTestData(Api api, Sql sql, MunicipalityDirectory municipalities) {
        this.api = api;
        this.sql = sql;
        this.municipalities = municipalities;
    }

    String municipality() {
        return TestMunicipalities.fresh(municipalities, 5, "Tekenstad");
    }

    Staff staff(String municipality, String role, String name) {
        UUID id = UUID.randomUUID();
        String email = role + "-" + id + "@gemeente.example";
        sql.update("INSERT INTO staff (id, email, name, password_hash) SELECT ?, ?, ?, password_hash FROM staff WHERE email = 'admin@meedoen.example'",
                id, email, name);
        sql.update("INSERT INTO staff_role (staff_id, role, municipality_code) VALUES (?, ?, ?)", id, role, municipality);
        Api.Response response = api.send("POST", "/api/v1/sign-in", Map.of("email", email, "password", PASSWORD));
        assertEquals(200, response.status(), response.body());
        return new Staff(id, "Bearer " + response.as(Tokens.class).accessToken(), email);
    }

    UUID newcomer(String municipality, String name, String language, String targetGroup) {
        UUID id = UUID.randomUUID();
        boolean voluntary = targetGroup.endsWith("voluntary");
        sql.update("""
                INSERT INTO newcomer (id, municipality_code, name, preferred_lang, target_group, regime, obligation_start, deadline)
                VALUES (?, ?, ?, ?, ?, ?, CASE WHEN ? THEN NULL ELSE current_date END, CASE WHEN ? THEN NULL ELSE current_date + 1095 END)
                """, id, municipality, name, language, targetGroup, voluntary ? "voluntary" : "wi2021", voluntary, voluntary);
        return id;
    }

    /**
     * Links a phone to the newcomer by writing the rows a redeemed letter leaves; returns the phone's
     * Authorization header (the app keeps the token without "Bearer ").
     */
    String phone(UUID newcomer) {
        UUID invitation = UUID.randomUUID();
        String token = "nc." + UUID.randomUUID() + UUID.randomUUID();
        sql.update("INSERT INTO invitation (id, newcomer_id, code_hash, expires_at, redeemed_at) VALUES (?, ?, ?, now() + interval '1 day', now())",
                invitation, newcomer, sha256(invitation.toString()));
        sql.update("INSERT INTO newcomer_session (id, newcomer_id, invitation_id, token_hash) VALUES (?, ?, ?, ?)",
                UUID.randomUUID(), newcomer, invitation, sha256(token));
        return "Bearer " + token;
    }

    String path(String municipality, String rest) {
        return "/api/v1/municipalities/" + municipality + rest;
    }

    Answers.CeremonyView open(String municipality, Staff staff, Map<String, Object> opening) {
        Api.Response response = api.send("POST", path(municipality, "/signing-ceremonies"), opening, "Authorization", staff.token());
        assertEquals(201, response.status(), response.body());
        return response.as(Answers.CeremonyView.class);
    }

    Api.Response submit(String municipality, Staff staff, UUID ceremony, String key, Map<String, Object> submission) {
        return api.send("POST", path(municipality, "/signing-ceremonies/" + ceremony + "/signature"), submission,
                "Authorization", staff.token(), "Idempotency-Key", key, "User-Agent", "Mozilla/5.0 (Linux; Android 14) Test");
    }

    Api.Response witness(String municipality, Staff staff, UUID ceremony) {
        return api.send("POST", path(municipality, "/signing-ceremonies/" + ceremony + "/witness"), null, "Authorization", staff.token());
    }

    /** Opens, signs with the typed name and witnesses: the whole ceremony at the counter. */
    Answers.Signature sign(String municipality, Staff coordinator, UUID newcomer, String typedName) {
        Answers.CeremonyView ceremony = open(municipality, coordinator, Map.of("newcomerId", newcomer));
        Api.Response submitted = submit(municipality, coordinator, ceremony.id(), UUID.randomUUID().toString(),
                Map.of("readAndUnderstood", true, "typedName", typedName));
        assertEquals(200, submitted.status(), submitted.body());
        Api.Response witnessed = witness(municipality, coordinator, ceremony.id());
        assertEquals(201, witnessed.status(), witnessed.body());
        return witnessed.as(Answers.Signature.class);
    }

    /** The newcomer signs on their own phone, with the phone's browser as the device. */
    Api.Response submitOnPhone(String phone, UUID ceremony, String key, Map<String, Object> submission) {
        return api.send("POST", "/api/v1/newcomer/signing-ceremonies/" + ceremony + "/signature", submission,
                "Authorization", phone, "Idempotency-Key", key, "User-Agent", "Mozilla/5.0 (Linux; Android 13) Own phone");
    }

    Answers.Chain chain(String municipality, Staff coordinator) {
        Api.Response response = api.get(path(municipality, "/signatures/chain"), "Authorization", coordinator.token());
        assertEquals(200, response.status(), response.body());
        return response.as(Answers.Chain.class);
    }

    /** A session today with the trainer, and the newcomer booked into it. */
    UUID sessionWith(String municipality, UUID trainer, UUID newcomer) {
        UUID session = UUID.randomUUID();
        sql.update("""
                INSERT INTO workshop_session (id, municipality_code, title, starts_at, ends_at, place_name, place_address, capacity, languages)
                VALUES (?, ?, 'Waardenworkshop', now() - interval '2 hours', now() + interval '1 hour', 'Buurthuis', 'Straat 1', 20, '{ar}')
                """, session, municipality);
        sql.update("INSERT INTO workshop_session_trainer (session_id, staff_id) VALUES (?, ?)", session, trainer);
        sql.update("INSERT INTO booking (id, session_id, newcomer_id, status, confirmed_at) VALUES (?, ?, ?, 'confirmed', now())",
                UUID.randomUUID(), session, newcomer);
        return session;
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
