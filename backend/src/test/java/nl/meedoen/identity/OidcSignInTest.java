package nl.meedoen.identity;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff sign in through their organisation's OpenID Connect provider, configured by properties only;
 * the provider must vouch for the e-mail address with a JSON {@code true}.
 */
@MicronautTest(transactional = false)
class OidcSignInTest extends OidcSignInTestBase {

    @Serdeable
    record Staff(String email, List<RoleGrant> roles) {
    }

    @Serdeable
    record Tokens(String accessToken, String refreshToken, Staff staff) {
    }

    @Serdeable
    record Provider(String id, String label) {
    }

    @Test
    void aColleagueSignsInThroughTheProviderAndTheAppTakesTheSignInOver() {
        String email = OidcTestBrowser.person(accounts, Role.COORDINATOR, OidcTestBrowser.SERVED);
        issuer.signInAs(email);

        URI app = browser().signIn("regio");

        assertNull(app.getRawQuery(), "nothing for server logs or Referer headers: the code is in the fragment");
        assertTrue(app.getFragment().startsWith("/staff/oidc/oh."), "a hand-over code, no refresh token: " + app);
        Api.Response taken = OidcTestBrowser.takeOver(api(), OidcTestBrowser.handoverCode(app));
        assertEquals(200, taken.status(), taken.body());
        Tokens tokens = taken.as(Tokens.class);
        assertEquals(email, tokens.staff().email());
        assertEquals(List.of(new RoleGrant(Role.COORDINATOR, OidcTestBrowser.SERVED)), tokens.staff().roles());
        assertEquals(200, api().get("/api/v1/staff/me", "Authorization", "Bearer " + tokens.accessToken()).status());
        assertEquals(200, api().send("POST", "/api/v1/sign-in/refresh", Map.of("refreshToken", tokens.refreshToken())).status());
    }

    @Test
    void theSignInIsInTheAuditLogAsASignInWithAPasswordIs() {
        String email = OidcTestBrowser.person(accounts, Role.TRAINER, OidcTestBrowser.SERVED);
        UUID id = accounts.byEmail(email).orElseThrow().id();
        issuer.signInAs(email);

        URI app = browser().signIn("regio");
        assertEquals(List.of(), actions(id), "nothing happened until the app took the sign-in over");
        OidcTestBrowser.takeOver(api(), OidcTestBrowser.handoverCode(app));

        assertEquals(List.of("signed in with regio"), actions(id));
        assertEquals(1, database.one("SELECT count(*) FROM staff_session WHERE staff_id = ?", row -> row.getInt(1), id).orElseThrow());
    }

    @Test
    void anAddressTheProviderDoesNotVouchForWithTheBooleanTrueIsRefused() {
        String email = OidcTestBrowser.person(accounts, Role.COORDINATOR, OidcTestBrowser.SERVED);
        UUID id = accounts.byEmail(email).orElseThrow().id();

        for (Object verified : Arrays.asList("true", false, "1", null)) {
            issuer.signInAs(email, verified);

            URI app = browser().signIn("regio");

            assertEquals("email-not-verified", OidcTestBrowser.failure(app), "email_verified " + verified);
        }
        assertEquals(0, OidcTestBrowser.issuedTo(database, id));
    }

    @Test
    void someoneWithoutAnAccountIsRefusedForTheSameReasonAsAnyoneOutsideTheProvidersReach() {
        issuer.signInAs("stranger-" + UUID.randomUUID() + "@example.org");

        assertEquals("not-allowed", OidcTestBrowser.failure(browser().signIn("regio")));
    }

    @Test
    void aDeactivatedAccountIsRefused() {
        String email = OidcTestBrowser.person(accounts, Role.COORDINATOR, OidcTestBrowser.SERVED);
        accounts.deactivate(accounts.byEmail(email).orElseThrow().id());
        issuer.signInAs(email);

        assertEquals("not-allowed", OidcTestBrowser.failure(browser().signIn("regio")));
    }

    @Test
    void theProvidersAreListedForTheSignInScreenAndAnUnknownOneIsNotFound() {
        assertEquals(List.of(new Provider("beheer", "beheer"), new Provider("regio", "Regio-account")),
                api().get("/api/v1/sign-in/oidc").asListOf(Provider.class));
        assertEquals(404, api().get("/api/v1/sign-in/oidc/elders").status());
        assertEquals(404, api().get("/api/v1/sign-in/oidc/elders/callback?code=x&state=y").status());
    }

    @Test
    void aCallbackWithAnUnknownStateGoesNowhere() {
        OidcTestBrowser browser = browser();
        browser.start("regio");

        URI app = OidcTestBrowser.appAddress(browser.arriveAt("/api/v1/sign-in/oidc/regio/callback?code=x&state=forged"));

        assertEquals("expired", OidcTestBrowser.failure(app));
    }

    @Test
    void aSignInCancelledAtTheProviderSaysSo() {
        OidcTestBrowser browser = browser();
        browser.start("regio");

        URI app = OidcTestBrowser.appAddress(browser.arriveAt("/api/v1/sign-in/oidc/regio/callback?error=access_denied&state=x"));

        assertEquals("cancelled", OidcTestBrowser.failure(app));
        assertFalse(app.toString().contains("access_denied"));
    }

    private List<String> actions(UUID staff) {
        return database.list("SELECT action FROM audit_event WHERE actor_id = ? ORDER BY id", row -> row.getString(1), staff);
    }

    private OidcTestBrowser browser() {
        return new OidcTestBrowser(api());
    }

}
