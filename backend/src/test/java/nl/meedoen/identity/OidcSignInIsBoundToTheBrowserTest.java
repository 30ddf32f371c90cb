package nl.meedoen.identity;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import org.junit.jupiter.api.Test;

import java.net.HttpCookie;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sign-in through a provider finishes only in the browser that started it: a callback address that
 * someone else saw, or that someone sends to a colleague (login CSRF), signs nobody in.
 */
@MicronautTest(transactional = false)
class OidcSignInIsBoundToTheBrowserTest extends OidcSignInTestBase {

    private static final String CALLBACK_PATH = "/api/v1/sign-in/oidc/regio/callback";

    @Test
    void theStartGivesTheBrowserAShortLivedCookieThatOnlyTheCallbackSees() {
        String setCookie = browser().start("regio").header("Set-Cookie");

        HttpCookie cookie = HttpCookie.parse(setCookie).getFirst();
        assertEquals(CALLBACK_PATH, cookie.getPath());
        assertTrue(cookie.isHttpOnly(), setCookie);
        assertTrue(cookie.getSecure(), "the public address is https: " + setCookie);
        assertTrue(setCookie.toLowerCase(Locale.ROOT).contains("samesite=lax"), setCookie);
        assertTrue(cookie.getMaxAge() > 0 && cookie.getMaxAge() <= 600, setCookie);
        assertTrue(cookie.getValue().length() >= 43, "256 random bits");
    }

    @Test
    void aStolenCallbackAddressSignsInNobodyElseAndTheOwnerStillFinishes() {
        String email = OidcTestBrowser.person(accounts, Role.COORDINATOR, OidcTestBrowser.SERVED);
        UUID id = accounts.byEmail(email).orElseThrow().id();
        issuer.signInAs(email);
        OidcTestBrowser owner = browser();
        String callback = owner.callbackFromProvider("regio");

        OidcTestBrowser withoutCookie = browser();
        OidcTestBrowser withItsOwnSignIn = browser();
        withItsOwnSignIn.start("regio");

        assertEquals("other-browser", OidcTestBrowser.failure(OidcTestBrowser.appAddress(withoutCookie.arriveAt(callback))));
        assertEquals("other-browser", OidcTestBrowser.failure(OidcTestBrowser.appAddress(withItsOwnSignIn.arriveAt(callback))));
        assertEquals(0, OidcTestBrowser.issuedTo(database, id));
        assertNull(OidcTestBrowser.failure(OidcTestBrowser.appAddress(owner.arriveAt(callback))), "the owner's sign-in was left alone");
    }

    @Test
    void aCallbackIsAnsweredOnceAndTellsTheBrowserToForgetTheCookie() {
        String email = OidcTestBrowser.person(accounts, Role.TRAINER, OidcTestBrowser.SERVED);
        issuer.signInAs(email);
        OidcTestBrowser browser = browser();
        String callback = browser.callbackFromProvider("regio");

        Api.Response first = browser.arriveAt(callback);
        Api.Response again = browser.arriveAt(callback);

        assertNull(OidcTestBrowser.failure(OidcTestBrowser.appAddress(first)));
        HttpCookie cleared = HttpCookie.parse(first.header("Set-Cookie")).getFirst();
        assertEquals(List.of(OidcBrowserCookie.NAME, CALLBACK_PATH, 0L), List.of(cleared.getName(), cleared.getPath(), cleared.getMaxAge()));
        assertEquals("expired", OidcTestBrowser.failure(OidcTestBrowser.appAddress(again)));
    }

    private OidcTestBrowser browser() {
        return new OidcTestBrowser(new Api(server, json));
    }
}
