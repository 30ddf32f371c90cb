package nl.meedoen.identity;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A linked phone learns whose it is: name, municipality and the deadline for signing (three years from
 * the start under Wi2021, one year under Wi2013, none when voluntary), and can unlink itself.
 */
@MicronautTest(transactional = false)
class NewcomerSeesTheirOwnStartTest {

    @Serdeable
    record Tokens(String accessToken) {
    }

    @Serdeable
    record Created(UUID id) {
    }

    @Serdeable
    record Letter(String code) {
    }

    @Serdeable
    record Redeemed(String token) {
    }

    @Serdeable
    record Me(String name, String municipality, String municipalityName, String regime, @Nullable LocalDate deadline,
              @Nullable String deadlineText, String lang) {
    }

    private final Api api;
    private final Sql database;
    private String coordinator;

    NewcomerSeesTheirOwnStartTest(EmbeddedServer server, JsonMapper json, Sql database) {
        this.api = new Api(server, json);
        this.database = database;
    }

    @BeforeEach
    void signInAsCoordinator() {
        database.update("DELETE FROM redeem_attempt");
        coordinator = "Bearer " + api.send("POST", "/api/v1/sign-in",
                Map.of("email", "coordinator@voorbeeldstad.example", "password", DemoAccounts.PASSWORD)).as(Tokens.class).accessToken();
    }

    @AfterEach
    void forgetAttempts() {
        database.update("DELETE FROM redeem_attempt");
    }

    @ParameterizedTest
    @CsvSource({"wi2021, 2029-01-15, 15 januari 2029", "wi2013, 2027-01-15, 15 januari 2027"})
    void theDeadlineFollowsTheRegimeFromTheStartOfTheObligation(String regime, LocalDate deadline, String dutch) {
        String phone = linkedPhone("Bilal Rahimi", regime, "2026-01-15");

        Me me = api.get("/api/v1/newcomer/me?lang=nl", "Authorization", phone).as(Me.class);

        assertEquals(new Me("Bilal Rahimi", "GM9999", "Voorbeeldstad", regime, deadline, dutch, "nl"), me);
    }

    @Test
    void aVoluntaryParticipantHasNoDeadlineAndTheDateIsWrittenInTheLanguageAskedFor() {
        Me voluntary = api.get("/api/v1/newcomer/me?lang=pl", "Authorization", linkedPhone("Anna Nowak", "voluntary", null)).as(Me.class);
        Me arabic = api.get("/api/v1/newcomer/me", "Authorization", linkedPhone("Amal Haddad", "wi2021", "2026-01-15"),
                "Accept-Language", "ar-SY").as(Me.class);

        assertEquals(null, voluntary.deadline());
        assertEquals(null, voluntary.deadlineText());
        assertEquals("ar", arabic.lang());
        assertEquals(LocalDate.of(2029, 1, 15), arabic.deadline());
        assertEquals(true, arabic.deadlineText().contains("يناير"), arabic.deadlineText());
    }

    @Test
    void unlinkingEndsThePhonesTokenOnTheServer() {
        String phone = linkedPhone("Hamid Sultani", "wi2021", null);

        Api.Response unlinked = api.send("POST", "/api/v1/newcomer/sign-out", null, "Authorization", phone);

        assertEquals(204, unlinked.status(), unlinked.body());
        assertEquals(401, api.get("/api/v1/newcomer/me", "Authorization", phone).status());
    }

    private String linkedPhone(String name, String regime, @Nullable String start) {
        Map<String, Object> registration = new HashMap<>(Map.of("name", name, "preferredLanguage", "fa", "targetGroup", "permit-holder",
                "regime", regime));
        if (start != null) {
            registration.put("obligationStart", start);
        }
        Api.Response created = api.send("POST", "/api/v1/municipalities/GM9999/newcomers", registration, "Authorization", coordinator);
        assertEquals(201, created.status(), created.body());
        String code = api.send("POST", "/api/v1/municipalities/GM9999/newcomers/" + created.as(Created.class).id() + "/invitations", null,
                "Authorization", coordinator).as(Letter.class).code();
        return "Bearer " + api.send("POST", "/api/v1/invitations/redeem", Map.of("code", code)).as(Redeemed.class).token();
    }
}
