package nl.meedoen.identity;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import org.junit.jupiter.api.Test;

import java.text.ParseException;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class SignInTest {

    private final Api api;
    private final StaffAccounts accounts;
    private final Passwords passwords;
    private final PasswordLinks links;
    private final TokenGenerator generator;

    SignInTest(EmbeddedServer server, JsonMapper json, StaffAccounts accounts, Passwords passwords, PasswordLinks links,
               TokenGenerator generator) {
        this.api = new Api(server, json);
        this.accounts = accounts;
        this.passwords = passwords;
        this.links = links;
        this.generator = generator;
    }

    @Serdeable
    record Tokens(String accessToken, String refreshToken) {
    }

    @Serdeable
    record Profile(String email) {
    }

    @Serdeable
    record Problem(String title, String detail) {
    }

    @Test
    void aCoordinatorSignsInUsesTheTokenAndSignsOutForGood() {
        Tokens tokens = signIn("coordinator@voorbeeldstad.example", DemoAccounts.PASSWORD);
        String access = tokens.accessToken();

        Api.Response me = api.get("/api/v1/staff/me", "Authorization", "Bearer " + access);
        assertEquals(200, me.status());
        assertEquals("coordinator@voorbeeldstad.example", me.as(Profile.class).email());

        assertEquals(204, api.send("POST", "/api/v1/sign-out", null, "Authorization", "Bearer " + access).status());
        assertEquals(401, api.get("/api/v1/staff/me", "Authorization", "Bearer " + access).status(), "the access token is dead at once");
        assertEquals(401, api.send("POST", "/api/v1/sign-in/refresh", Map.of("refreshToken", tokens.refreshToken())).status(),
                "and so is the refresh token");
    }

    @Test
    void aRefreshTokenWorksOnceAndGivesNewTokens() {
        Tokens tokens = signIn("trainer@voorbeeldstad.example", DemoAccounts.PASSWORD);

        Api.Response refreshed = api.send("POST", "/api/v1/sign-in/refresh", Map.of("refreshToken", tokens.refreshToken()));
        assertEquals(200, refreshed.status());
        assertNotEquals(tokens.refreshToken(), refreshed.as(Tokens.class).refreshToken());
        assertEquals(200, api.get("/api/v1/staff/me", "Authorization", "Bearer " + refreshed.as(Tokens.class).accessToken()).status());
        assertEquals(401, api.send("POST", "/api/v1/sign-in/refresh", Map.of("refreshToken", tokens.refreshToken())).status());
    }

    @Test
    void anExpiredOrForgedAccessTokenIsRefused() throws ParseException {
        String access = signIn("editor@voorbeeldstad.example", DemoAccounts.PASSWORD).accessToken();
        JWTClaimsSet claims = SignedJWT.parse(access).getJWTClaimsSet();

        String expired = new AccessTokens(generator, -1).issue(UUID.fromString(claims.getSubject()),
                UUID.fromString(claims.getStringClaim(AccessTokens.SESSION_CLAIM)));
        Api.Response response = api.get("/api/v1/staff/me", "Authorization", "Bearer " + expired);
        assertEquals(401, response.status());
        assertEquals("application/problem+json", response.header("Content-Type"));
        assertEquals("Bearer realm=\"meedoen\", error=\"invalid_token\"", response.header("WWW-Authenticate"));

        String forged = access.substring(0, access.lastIndexOf('.') + 1) + "AAAA" + access.substring(access.lastIndexOf('.') + 5);
        assertEquals(401, api.get("/api/v1/staff/me", "Authorization", "Bearer " + forged).status());
        assertEquals(401, api.get("/api/v1/staff/me", "Authorization", "Basic abc").status());
    }

    @Test
    void everyWayOfFailingGetsTheSameAnswer() {
        newStaff("bekend@voorbeeldstad.example", "Lange zin als wachtwoord");
        accounts.create("zonder-wachtwoord@voorbeeldstad.example", "Test");
        UUID inactive = newStaff("inactief@voorbeeldstad.example", "Lange zin als wachtwoord");
        accounts.deactivate(inactive);

        Api.Response wrong = failedSignIn("bekend@voorbeeldstad.example", "not the password");
        for (String email : new String[] {"nobody@voorbeeldstad.example", "zonder-wachtwoord@voorbeeldstad.example", "inactief@voorbeeldstad.example"}) {
            Api.Response other = failedSignIn(email, "Lange zin als wachtwoord");
            assertEquals(wrong.status(), other.status(), email);
            assertEquals(wrong.body(), other.body(), email);
        }
        assertEquals(401, wrong.status());
    }

    @Test
    void fiveFailuresSlowDownThisAddressForThisAccountAndSayForHowLong() {
        newStaff("traag@voorbeeldstad.example", "Lange zin als wachtwoord");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertEquals(401, failedSignIn("traag@voorbeeldstad.example", "wrong " + attempt).status());
        }

        Api.Response throttled = failedSignIn("traag@voorbeeldstad.example", "Lange zin als wachtwoord");
        assertEquals(429, throttled.status());
        assertEquals("Too many attempts", throttled.as(Problem.class).title());
        long retryAfter = Long.parseLong(throttled.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60 + 1, "Retry-After " + retryAfter);
    }

    @Test
    void unknownAddressesAreSlowedDownTheSameWay() {
        for (int attempt = 0; attempt < 5; attempt++) {
            assertEquals(401, failedSignIn("onbekend@voorbeeldstad.example", "wrong " + attempt).status());
        }

        Api.Response throttled = failedSignIn("onbekend@voorbeeldstad.example", "wrong again");
        assertEquals(429, throttled.status());
        assertNotNull(throttled.header("Retry-After"));
    }

    @Test
    void aOneTimeLinkSetsAPasswordThatMeetsTheRulesAndWorksOnce() {
        UUID id = accounts.create("nieuw@voorbeeldstad.example", "Nieuwe medewerker");
        String token = links.issue(id, null).token();

        for (String weak : new String[] {"kort", "aaaaaaaaaaaaaaaa", "nieuw-en-verder-12", "x".repeat(129), "Password1234!"}) {
            Api.Response rejected = api.send("POST", "/api/v1/password", Map.of("token", token, "password", weak));
            assertEquals(400, rejected.status(), weak);
            assertEquals("Password not accepted", rejected.as(Problem.class).title());
        }
        assertEquals(204, api.send("POST", "/api/v1/password", Map.of("token", token, "password", "groene fiets op de dijk")).status());
        assertEquals(200, api.send("POST", "/api/v1/sign-in", Map.of("email", "NIEUW@voorbeeldstad.example", "password", "groene fiets op de dijk")).status());
        assertEquals(400, api.send("POST", "/api/v1/password", Map.of("token", token, "password", "nog een andere lange zin")).status(),
                "the link works once");
    }

    @Test
    void aBodyThatIsNotValidSaysWhatIsWrong() {
        Api.Response response = api.send("POST", "/api/v1/sign-in", Map.of("email", ""));

        assertEquals(400, response.status());
        assertEquals("application/problem+json", response.header("Content-Type"));
    }

    @Test
    void commonAndShortPasswordsAreRefusedWithAClearMessage() {
        String token = links.issue(accounts.create("kortweg@voorbeeldstad.example", "Test"), null).token();

        Api.Response common = api.send("POST", "/api/v1/password", Map.of("token", token, "password", "baseball123456"));
        assertEquals(400, common.status());
        assertEquals("This password is one of the most common passwords and is guessed first. Choose another one.",
                common.as(Problem.class).detail());

        Api.Response shortOne = api.send("POST", "/api/v1/password", Map.of("token", token, "password", "fiets op dijk"));
        assertEquals(204, shortOne.status(), "thirteen characters are enough");
        String next = links.issue(accounts.byEmail("kortweg@voorbeeldstad.example").orElseThrow().id(), null).token();
        Api.Response tooShort = api.send("POST", "/api/v1/password", Map.of("token", next, "password", "fiets dijk"));
        assertEquals(400, tooShort.status());
        assertEquals("A password needs at least 12 characters; a few words together work well.", tooShort.as(Problem.class).detail());
    }

    @Test
    void aOneLetterLocalPartInThePasswordIsFine() {
        UUID id = accounts.create("j@voorbeeldstad.example", "J");
        String token = links.issue(id, null).token();

        assertEquals(204, api.send("POST", "/api/v1/password", Map.of("token", token, "password", "jaarlijks jubileum vieren")).status());
        assertEquals(200, api.send("POST", "/api/v1/sign-in", Map.of("email", "j@voorbeeldstad.example", "password", "jaarlijks jubileum vieren")).status());
    }

    private Api.Response failedSignIn(String email, String password) {
        return api.send("POST", "/api/v1/sign-in", Map.of("email", email, "password", password));
    }

    private UUID newStaff(String email, String password) {
        UUID id = accounts.create(email, "Test");
        accounts.setPassword(id, passwords.hash(password));
        return id;
    }

    private Tokens signIn(String email, String password) {
        Api.Response response = api.send("POST", "/api/v1/sign-in", Map.of("email", email, "password", password));
        assertEquals(200, response.status(), response.body());
        return response.as(Tokens.class);
    }
}
