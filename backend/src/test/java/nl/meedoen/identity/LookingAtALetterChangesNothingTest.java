package nl.meedoen.identity;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Opening a newcomer's letters, again and again, leaves the printed letter working; only issuing a new
 * one (a POST) replaces it. What is shown later never includes the code.
 */
@MicronautTest(transactional = false)
class LookingAtALetterChangesNothingTest {

    @Serdeable
    record Tokens(String accessToken) {
    }

    @Serdeable
    record Created(UUID id) {
    }

    @Serdeable
    record Letter(UUID invitationId, String code) {
    }

    @Serdeable
    record Issued(UUID id, Instant issuedAt, Instant validUntil, String state) {
    }

    private final Api api;
    private final Sql database;
    private String coordinator;

    LookingAtALetterChangesNothingTest(EmbeddedServer server, JsonMapper json, Sql database) {
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

    @Test
    void aNewcomerWithoutALetterHasNone() {
        UUID id = register("Samir Noori");

        assertEquals(List.of(), issued(id));
    }

    @Test
    void lookingTwiceKeepsThePrintedCodeWorkingAndNeverShowsIt() {
        UUID id = register("Farida Ahmadi");
        Letter printed = api.send("POST", letters(id), null, "Authorization", coordinator).as(Letter.class);

        List<Issued> first = issued(id);
        Api.Response second = api.get(letters(id), "Authorization", coordinator);

        assertEquals(1, first.size());
        assertEquals(printed.invitationId(), first.getFirst().id());
        assertEquals("open", first.getFirst().state());
        assertFalse(second.body().contains(printed.code()), "the code exists only on the printed letter");
        assertEquals("no-store", second.header("Cache-Control"));
        assertEquals(200, api.send("POST", "/api/v1/invitations/redeem", Map.of("code", printed.code())).status(),
                "the printed letter still works");
        assertEquals("redeemed", issued(id).getFirst().state());
    }

    @Test
    void issuingANewLetterIsWhatReplacesTheOldOne() {
        UUID id = register("Nasrin Karimi");
        Letter old = api.send("POST", letters(id), null, "Authorization", coordinator).as(Letter.class);

        Letter replacement = api.send("POST", letters(id), null, "Authorization", coordinator).as(Letter.class);

        assertEquals(List.of(replacement.invitationId(), old.invitationId()), issued(id).stream().map(Issued::id).toList());
        assertEquals(List.of("open", "revoked"), issued(id).stream().map(Issued::state).toList());
    }

    private List<Issued> issued(UUID id) {
        Api.Response response = api.get(letters(id), "Authorization", coordinator);
        assertEquals(200, response.status(), response.body());
        return response.asListOf(Issued.class);
    }

    private UUID register(String name) {
        Api.Response created = api.send("POST", "/api/v1/municipalities/GM9999/newcomers",
                Map.of("name", name, "preferredLanguage", "prs", "targetGroup", "permit-holder", "regime", "wi2021"),
                "Authorization", coordinator);
        assertEquals(201, created.status(), created.body());
        return created.as(Created.class).id();
    }

    private static String letters(UUID newcomer) {
        return "/api/v1/municipalities/GM9999/newcomers/" + newcomer + "/invitations";
    }
}
