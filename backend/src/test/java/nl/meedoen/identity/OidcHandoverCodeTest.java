package nl.meedoen.identity;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The app takes a provider sign-in over with a code that works once, for a minute, and only as issued. */
@MicronautTest(transactional = false)
class OidcHandoverCodeTest extends OidcSignInTestBase {

    @Serdeable
    record Problem(String title, String detail) {
    }

    @Test
    void aCodeWorksOnce() {
        String code = signedInAtProvider();

        Api.Response first = OidcTestBrowser.takeOver(api(), code);
        Api.Response second = OidcTestBrowser.takeOver(api(), code);

        assertEquals(200, first.status(), first.body());
        assertEquals("no-store", first.header("Cache-Control"), "tokens are never kept by a cache");
        assertRefused(second);
    }

    @Test
    void aCodeOlderThanAMinuteGetsNothing() {
        String code = signedInAtProvider();
        String hash = Secrets.sha256(code);
        int expiresWithin = database.one("SELECT extract(epoch FROM expires_at - now())::int FROM oidc_handover WHERE code_hash = ?",
                row -> row.getInt(1), hash).orElseThrow();
        assertTrue(expiresWithin > 0 && expiresWithin <= 60, expiresWithin + " seconds");

        database.update("UPDATE oidc_handover SET expires_at = now() - interval '1 second' WHERE code_hash = ?", hash);

        assertRefused(OidcTestBrowser.takeOver(api(), code));
    }

    @Test
    void anUnknownOrEmptyCodeGetsNothing() {
        assertRefused(OidcTestBrowser.takeOver(api(), Secrets.token("oh.")));
        assertRefused(OidcTestBrowser.takeOver(api(), "rt.not-a-hand-over-code"));
        assertRefused(OidcTestBrowser.takeOver(api(), ""));
        assertRefused(api().sendJson("POST", "/api/v1/auth/oidc/handover", "{}"));
    }

    @Test
    void onlyTheCodesHashIsStored() {
        String code = signedInAtProvider();

        assertEquals(0, database.one("SELECT count(*) FROM oidc_handover WHERE code_hash = ?", row -> row.getInt(1), code).orElseThrow());
        assertEquals(1, database.one("SELECT count(*) FROM oidc_handover WHERE code_hash = ?", row -> row.getInt(1),
                Secrets.sha256(code)).orElseThrow());
    }

    private String signedInAtProvider() {
        String email = OidcTestBrowser.person(accounts, Role.COORDINATOR, OidcTestBrowser.SERVED);
        issuer.signInAs(email);
        return OidcTestBrowser.handoverCode(new OidcTestBrowser(api()).signIn("regio"));
    }

    private static void assertRefused(Api.Response response) {
        assertEquals(400, response.status(), response.body());
        assertEquals("application/problem+json", response.header("Content-Type"));
        assertTrue(response.as(Problem.class).detail().length() > 10, response.body());
    }

}
