package nl.meedoen.sessions;

import io.micronaut.serde.annotation.Serdeable;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import nl.meedoen.testing.TestMunicipalities;
import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A municipality of its own per test, the platform admin (who may act in every municipality) as its
 * coordinator, and newcomers whose phones are linked by writing the rows a redeemed invitation leaves.
 */
final class SessionTestData {

    @Serdeable
    record Tokens(String accessToken) {
    }

    @Serdeable
    record Session(UUID id, String title, String start, String end, String startsAt, int capacity, String status,
                   @Nullable UUID seriesId, long confirmed, long waitlisted, List<Trainer> trainers) {
    }

    @Serdeable
    record Trainer(UUID id, String name) {
    }

    @Serdeable
    record Offer(UUID id, String title, String when, boolean inYourLanguage, int seatsLeft, Place place) {
    }

    @Serdeable
    record Place(String name, String address, @Nullable String room, @Nullable String mapLink) {
    }

    @Serdeable
    record BookingAnswer(UUID id, String status, @Nullable Integer waitingListPosition, Offer session, String changeableUntil,
                         boolean byMail) {
    }

    private final Api api;
    private final Sql sql;
    private final MunicipalityDirectory municipalities;
    private String admin;

    SessionTestData(Api api, Sql sql, MunicipalityDirectory municipalities) {
        this.api = api;
        this.sql = sql;
        this.municipalities = municipalities;
    }

    /** A new municipality with a code in GM6000–GM6999 that no other test uses. */
    String municipality() {
        return TestMunicipalities.fresh(municipalities, 6, "Workshopstad");
    }

    String coordinator() {
        if (admin == null) {
            Api.Response response = api.send("POST", "/api/v1/sign-in", Map.of("email", "admin@meedoen.example", "password", "Meedoen-demo-2026"));
            assertEquals(200, response.status(), response.body());
            admin = "Bearer " + response.as(Tokens.class).accessToken();
        }
        return admin;
    }

    UUID trainer(String municipality, String name) {
        UUID id = UUID.randomUUID();
        sql.update("INSERT INTO staff (id, email, name) VALUES (?, ?, ?)", id, "trainer-" + id + "@gemeente.example", name);
        sql.update("INSERT INTO staff_role (staff_id, role, municipality_code) VALUES (?, 'trainer', ?)", id, municipality);
        return id;
    }

    /** A newcomer with a linked phone; returns the phone's Authorization header. */
    Newcomer newcomer(String municipality, String language, @Nullable String email) {
        UUID id = UUID.randomUUID();
        UUID invitation = UUID.randomUUID();
        String token = "nc." + UUID.randomUUID() + UUID.randomUUID();
        sql.update("""
                INSERT INTO newcomer (id, municipality_code, name, preferred_lang, target_group, regime, email)
                VALUES (?, ?, ?, ?, 'permit-holder', 'voluntary', ?)
                """, id, municipality, "Nieuwkomer " + id.toString().substring(0, 8), language, email);
        sql.update("INSERT INTO invitation (id, newcomer_id, code_hash, expires_at, redeemed_at) VALUES (?, ?, ?, now() + interval '1 day', now())",
                invitation, id, sha256(invitation.toString()));
        sql.update("INSERT INTO newcomer_session (id, newcomer_id, invitation_id, token_hash) VALUES (?, ?, ?, ?)",
                UUID.randomUUID(), id, invitation, sha256(token));
        return new Newcomer(id, "Bearer " + token);
    }

    record Newcomer(UUID id, String phone) {
    }

    /** Plans a session starting {@code daysAhead} days from now at 09:30 Dutch time, three hours long. */
    Session session(String municipality, int capacity, int daysAhead, String... languages) {
        LocalDateTime start = LocalDateTime.now(SessionTimes.NETHERLANDS).plusDays(daysAhead).withHour(9).withMinute(30).withSecond(0).withNano(0);
        Api.Response response = api.send("POST", "/api/v1/municipalities/" + municipality + "/sessions",
                plan("Waardenworkshop", start, start.plusHours(3), capacity, List.of(languages)), "Authorization", coordinator());
        assertEquals(201, response.status(), response.body());
        return response.as(Session.class);
    }

    static Map<String, Object> plan(String title, LocalDateTime start, LocalDateTime end, int capacity, List<String> languages) {
        return Map.of("title", title, "start", start.toString(), "end", end.toString(),
                "place", Map.of("name", "Buurthuis De Linde", "address", "Lindelaan 4, Voorbeeldstad", "room", "Zaal 2",
                        "mapLink", "https://www.openstreetmap.org/?mlat=52.1&mlon=5.1"),
                "capacity", capacity, "languages", languages, "interpreterLanguages", List.of("ti"));
    }

    Api.Response book(Newcomer newcomer, UUID session, String key) {
        return api.send("POST", "/api/v1/newcomer/bookings", Map.of("sessionId", session), "Authorization", newcomer.phone(),
                "Idempotency-Key", key);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
