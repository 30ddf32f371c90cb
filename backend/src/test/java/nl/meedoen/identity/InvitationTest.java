package nl.meedoen.identity;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Sql;
import nl.meedoen.testing.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

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

    @BeforeEach
    void signInAsCoordinator() {
        database.update("DELETE FROM redeem_attempt");
        coordinator = "Bearer " + api.send("POST", "/api/v1/sign-in",
                Map.of("email", "coordinator@voorbeeldstad.example", "password", DemoAccounts.PASSWORD)).object().get("accessToken");
    }

    @AfterEach
    void forgetAttempts() {
        database.update("DELETE FROM redeem_attempt");
    }

    @Test
    void aRegisteredNewcomerGetsAnEightyBitCodeThatLinksOnePhoneOnce() {
        String id = register("Yonas Tesfay", "ti", "wi2021");
        Map<String, Object> letter = invite(id);
        String code = (String) letter.get("code");

        assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}"), "16 unambiguous characters, 80 bits: " + code);
        assertTrue(((String) letter.get("link")).endsWith("?lang=ti&municipality=GM9999#/invite/" + code), "the code is not in the URL the server sees");
        assertTrue(((Map<?, ?>) letter.get("validUntilText")).containsKey("ti"));

        Api.Response redeemed = api.send("POST", "/api/v1/invitations/redeem", Map.of("code", " " + code.toLowerCase().replace("-", " ") + " "));
        assertEquals(200, redeemed.status(), redeemed.body());
        assertEquals("ti", redeemed.object().get("language"));
        String phone = "Bearer " + redeemed.object().get("token");
        Api.Response me = api.get("/api/v1/newcomer/me", "Authorization", phone);
        assertEquals("Yonas Tesfay", me.object().get("name"));
        assertEquals(true, api.get("/api/v1/municipalities/GM9999/newcomers/" + id, "Authorization", coordinator).object().get("deviceLinked"));

        Api.Response again = api.send("POST", "/api/v1/invitations/redeem", Map.of("code", code));
        assertEquals(400, again.status(), "a code works once");
        assertEquals("application/problem+json", again.header("Content-Type"));
    }

    @Test
    void aNewInvitationEndsTheOldCodeAndSignsOutTheLostPhone() {
        String id = register("Hana Ali", "so", "wi2013");
        String first = (String) invite(id).get("code");
        String phone = "Bearer " + api.send("POST", "/api/v1/invitations/redeem", Map.of("code", first)).object().get("token");
        String unused = (String) invite(id).get("code");

        String second = (String) invite(id).get("code");

        assertEquals(401, api.get("/api/v1/newcomer/me", "Authorization", phone).status(), "the lost phone is signed out");
        assertEquals(400, api.send("POST", "/api/v1/invitations/redeem", Map.of("code", unused)).status(), "the previous letter stops working");
        assertEquals(200, api.send("POST", "/api/v1/invitations/redeem", Map.of("code", second)).status());
    }

    @Test
    void anExpiredCodeIsRefused() {
        String id = register("Olena Kovalenko", "uk", "voluntary");
        String code = (String) invite(id).get("code");
        database.update("UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE newcomer_id = ?::uuid", id);

        assertEquals(400, api.send("POST", "/api/v1/invitations/redeem", Map.of("code", code)).status());
    }

    @Test
    void guessingIsStoppedAfterTenWrongCodesEvenForARightOne() {
        String code = (String) invite(register("Piotr Nowak", "pl", "voluntary")).get("code");
        for (int guess = 0; guess < 10; guess++) {
            assertEquals(400, api.send("POST", "/api/v1/invitations/redeem", Map.of("code", "AAAA-BBBB-CCCC-%04d".formatted(guess))).status());
        }

        Api.Response blocked = api.send("POST", "/api/v1/invitations/redeem", Map.of("code", code));
        assertEquals(429, blocked.status());
        assertEquals("Too many wrong codes", blocked.object().get("title"));
    }

    @Test
    void theDeadlineFollowsTheRegimeAndNoBsnIsAsked() {
        Map<String, Object> wi2021 = api.send("POST", "/api/v1/municipalities/GM9999/newcomers", Map.of("name", "A", "preferredLanguage", "ar",
                "targetGroup", "permit-holder", "regime", "wi2021", "obligationStart", "2026-01-15"), "Authorization", coordinator).object();
        Map<String, Object> wi2013 = api.send("POST", "/api/v1/municipalities/GM9999/newcomers", Map.of("name", "B", "preferredLanguage", "tr",
                "targetGroup", "family-migrant", "regime", "wi2013", "obligationStart", "2026-01-15"), "Authorization", coordinator).object();
        Map<String, Object> voluntary = api.send("POST", "/api/v1/municipalities/GM9999/newcomers", Map.of("name", "C", "preferredLanguage", "pl",
                "targetGroup", "eu-voluntary", "regime", "voluntary"), "Authorization", coordinator).object();

        assertEquals("2029-01-15", wi2021.get("deadline"));
        assertEquals("2027-01-15", wi2013.get("deadline"));
        assertEquals(null, voluntary.get("deadline"));
        Api.Response unknownLanguage = api.send("POST", "/api/v1/municipalities/GM9999/newcomers", Map.of("name", "D", "preferredLanguage", "xx",
                "targetGroup", "eu-voluntary", "regime", "voluntary"), "Authorization", coordinator);
        assertEquals(400, unknownLanguage.status());
    }

    @Test
    void theCoordinatorReadsWhatWasDoneInTheAuditLog() {
        register("Samir Haddad", "ar", "wi2021");

        Api.Response log = api.get("/api/v1/municipalities/GM9999/audit-events", "Authorization", coordinator);
        assertEquals(200, log.status());
        Map<String, Object> newest = log.list().getFirst();
        assertEquals("newcomer registered", newest.get("action"));
        assertEquals("Demo coördinator", newest.get("actor"));
        assertTrue(!log.body().contains("Samir"), "the log names no newcomer");
    }

    @Test
    void aCoordinatorRemovesAColleagueFromTheMunicipality() {
        Api.Response added = api.send("POST", "/api/v1/municipalities/GM9999/staff",
                Map.of("email", "tijdelijk@voorbeeldstad.example", "name", "Tijdelijke trainer", "roles", java.util.List.of("TRAINER")),
                "Authorization", coordinator);
        assertEquals(201, added.status(), added.body());
        @SuppressWarnings("unchecked")
        String id = (String) ((Map<String, Object>) added.object().get("member")).get("id");
        assertTrue(((String) ((Map<?, ?>) added.object().get("passwordLink")).get("link")).contains("#/staff/password/pw."));

        Api.Response removed = api.send("PUT", "/api/v1/municipalities/GM9999/staff/" + id + "/roles",
                Map.of("roles", java.util.List.of()), "Authorization", coordinator);

        assertEquals(200, removed.status(), removed.body());
        assertTrue(removed.list().stream().noneMatch(member -> member.get("id").equals(id)), "no longer staff of the municipality");
        assertEquals(404, api.send("POST", "/api/v1/municipalities/GM9999/staff/" + id + "/password-reset", null,
                "Authorization", coordinator).status());
    }

    private String register(String name, String lang, String regime) {
        Api.Response response = api.send("POST", "/api/v1/municipalities/GM9999/newcomers", Map.of("name", name, "preferredLanguage", lang,
                "targetGroup", "permit-holder", "regime", regime), "Authorization", coordinator);
        assertEquals(201, response.status(), response.body());
        return (String) response.object().get("id");
    }

    private Map<String, Object> invite(String id) {
        Api.Response response = api.send("POST", "/api/v1/municipalities/GM9999/newcomers/" + id + "/invitations", null,
                "Authorization", coordinator);
        assertEquals(201, response.status(), response.body());
        return response.object();
    }
}
