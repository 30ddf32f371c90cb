package nl.meedoen.identity;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Sql;
import nl.meedoen.testing.Api;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class InvitationTest {

    private final Api api;
    private final Sql database;
    private String coordinator;

    InvitationTest(EmbeddedServer server, JsonMapper json, Sql database) {
        this.api = new Api(server, json);
        this.database = database;
    }

    @Serdeable
    record Tokens(String accessToken) {
    }

    @Serdeable
    record Letter(String code, String link, Map<String, String> validUntilText) {
    }

    @Serdeable
    record Redeemed(String token, String language) {
    }

    @Serdeable
    record Me(String name) {
    }

    @Serdeable
    record Newcomer(UUID id, @Nullable String deadline, boolean deviceLinked) {
    }

    @Serdeable
    record Event(String action, String actor) {
    }

    @Serdeable
    record Member(UUID id) {
    }

    @Serdeable
    record Added(Member member, boolean newAccount) {
    }

    @Serdeable
    record Problem(String title) {
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
    void aRegisteredNewcomerGetsAnEightyBitCodeThatLinksOnePhoneOnce() {
        UUID id = register("Yonas Tesfay", "ti", "wi2021");
        Letter letter = invite(id);
        String code = letter.code();

        assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}"), "16 unambiguous characters, 80 bits: " + code);
        assertTrue(letter.link().endsWith("?lang=ti&municipality=GM9999#/invite/" + code), "the code is not in the URL the server sees");
        assertTrue(letter.validUntilText().containsKey("ti"));

        Api.Response redeemed = api.send("POST", "/api/v1/invitations/redeem", Map.of("code", " " + code.toLowerCase().replace("-", " ") + " "));
        assertEquals(200, redeemed.status(), redeemed.body());
        assertEquals("ti", redeemed.as(Redeemed.class).language());
        String phone = "Bearer " + redeemed.as(Redeemed.class).token();
        Api.Response me = api.get("/api/v1/newcomer/me", "Authorization", phone);
        assertEquals("Yonas Tesfay", me.as(Me.class).name());
        assertTrue(api.get("/api/v1/municipalities/GM9999/newcomers/" + id, "Authorization", coordinator).as(Newcomer.class).deviceLinked());

        Api.Response again = api.send("POST", "/api/v1/invitations/redeem", Map.of("code", code));
        assertEquals(400, again.status(), "a code works once");
        assertEquals("application/problem+json", again.header("Content-Type"));
    }

    @Test
    void aNewInvitationEndsTheOldCodeAndSignsOutTheLostPhone() {
        UUID id = register("Hana Ali", "so", "wi2013");
        String first = invite(id).code();
        String phone = "Bearer " + api.send("POST", "/api/v1/invitations/redeem", Map.of("code", first)).as(Redeemed.class).token();
        String unused = invite(id).code();

        String second = invite(id).code();

        assertEquals(401, api.get("/api/v1/newcomer/me", "Authorization", phone).status(), "the lost phone is signed out");
        assertEquals(400, api.send("POST", "/api/v1/invitations/redeem", Map.of("code", unused)).status(), "the previous letter stops working");
        assertEquals(200, api.send("POST", "/api/v1/invitations/redeem", Map.of("code", second)).status());
    }

    @Test
    void anExpiredCodeIsRefused() {
        UUID id = register("Olena Kovalenko", "uk", "voluntary");
        String code = invite(id).code();
        database.update("UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE newcomer_id = ?", id);

        assertEquals(400, api.send("POST", "/api/v1/invitations/redeem", Map.of("code", code)).status());
    }

    @Test
    void guessingIsStoppedAfterTenWrongCodesEvenForARightOne() {
        String code = invite(register("Piotr Nowak", "pl", "voluntary")).code();
        for (int guess = 0; guess < 10; guess++) {
            assertEquals(400, api.send("POST", "/api/v1/invitations/redeem", Map.of("code", "AAAA-BBBB-CCCC-%04d".formatted(guess))).status());
        }

        Api.Response blocked = api.send("POST", "/api/v1/invitations/redeem", Map.of("code", code));
        assertEquals(429, blocked.status());
        assertEquals("Too many wrong codes", blocked.as(Problem.class).title());
    }

    @Test
    void theDeadlineFollowsTheRegimeAndNoBsnIsAsked() {
        Newcomer wi2021 = api.send("POST", "/api/v1/municipalities/GM9999/newcomers", Map.of("name", "A", "preferredLanguage", "ar",
                "targetGroup", "permit-holder", "regime", "wi2021", "obligationStart", "2026-01-15"), "Authorization", coordinator).as(Newcomer.class);
        Newcomer wi2013 = api.send("POST", "/api/v1/municipalities/GM9999/newcomers", Map.of("name", "B", "preferredLanguage", "tr",
                "targetGroup", "family-migrant", "regime", "wi2013", "obligationStart", "2026-01-15"), "Authorization", coordinator).as(Newcomer.class);
        Newcomer voluntary = api.send("POST", "/api/v1/municipalities/GM9999/newcomers", Map.of("name", "C", "preferredLanguage", "pl",
                "targetGroup", "eu-voluntary", "regime", "voluntary"), "Authorization", coordinator).as(Newcomer.class);

        assertEquals("2029-01-15", wi2021.deadline());
        assertEquals("2027-01-15", wi2013.deadline());
        assertEquals(null, voluntary.deadline());
        Api.Response unknownLanguage = api.send("POST", "/api/v1/municipalities/GM9999/newcomers", Map.of("name", "D", "preferredLanguage", "xx",
                "targetGroup", "eu-voluntary", "regime", "voluntary"), "Authorization", coordinator);
        assertEquals(400, unknownLanguage.status());
    }

    @Test
    void theCoordinatorReadsWhatWasDoneInTheAuditLog() {
        register("Samir Haddad", "ar", "wi2021");

        Api.Response log = api.get("/api/v1/municipalities/GM9999/audit-events", "Authorization", coordinator);
        assertEquals(200, log.status());
        Event newest = log.asListOf(Event.class).getFirst();
        assertEquals("newcomer registered", newest.action());
        assertEquals("Demo coördinator", newest.actor());
        assertTrue(!log.body().contains("Samir"), "the log names no newcomer");
    }

    @Test
    void aCoordinatorRemovesAColleagueFromTheMunicipality() {
        Api.Response added = api.send("POST", "/api/v1/municipalities/GM9999/staff",
                Map.of("email", "tijdelijk@voorbeeldstad.example", "name", "Tijdelijke trainer", "roles", List.of("trainer")),
                "Authorization", coordinator);
        assertEquals(201, added.status(), added.body());
        UUID id = added.as(Added.class).member().id();
        assertTrue(added.as(Added.class).newAccount(), "a new account, whose password link went by mail");
        assertTrue(!added.body().contains("#/staff/password/"), "and is not in the answer");

        Api.Response removed = api.send("PUT", "/api/v1/municipalities/GM9999/staff/" + id + "/roles",
                Map.of("roles", List.of()), "Authorization", coordinator);

        assertEquals(200, removed.status(), removed.body());
        assertTrue(removed.asListOf(Member.class).stream().noneMatch(member -> member.id().equals(id)), "no longer staff of the municipality");
        assertEquals(404, api.send("POST", "/api/v1/municipalities/GM9999/staff/" + id + "/password-reset", null,
                "Authorization", coordinator).status());
    }

    private UUID register(String name, String lang, String regime) {
        Api.Response response = api.send("POST", "/api/v1/municipalities/GM9999/newcomers", Map.of("name", name, "preferredLanguage", lang,
                "targetGroup", "permit-holder", "regime", regime), "Authorization", coordinator);
        assertEquals(201, response.status(), response.body());
        return response.as(Newcomer.class).id();
    }

    private Letter invite(UUID id) {
        Api.Response response = api.send("POST", "/api/v1/municipalities/GM9999/newcomers/" + id + "/invitations", null,
                "Authorization", coordinator);
        assertEquals(201, response.status(), response.body());
        return response.as(Letter.class);
    }
}
