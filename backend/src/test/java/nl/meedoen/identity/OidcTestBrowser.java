package nl.meedoen.identity;

import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import nl.meedoen.testing.TestOidcIssuer;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One browser signing in through the test provider: Meedoen → provider → Meedoen's callback → the app.
 * Like a real browser it keeps the cookie Meedoen sets at the start and sends it back to the callback.
 */
final class OidcTestBrowser {

    /** The public address the OpenID Connect tests configure: HTTPS, as in production. */
    static final String PUBLIC_URL = "https://meedoen.example";
    /** Served by the provider "regio"; the provider "beheer" serves the first and may sign in admins. */
    static final String SERVED = "GM6401";
    static final String ALSO_SERVED = "GM6403";
    static final String NOT_SERVED = "GM6402";

    private final Api api;
    private @Nullable String cookie;

    OidcTestBrowser(Api api) {
        this.api = api;
    }

    /** Two providers at the same test issuer: one for two municipalities, one for admins. */
    static Map<String, String> configuration(TestOidcIssuer issuer) {
        return Map.ofEntries(
                Map.entry("meedoen.public-url", PUBLIC_URL),
                Map.entry("meedoen.oidc.regio.issuer", issuer.url()),
                Map.entry("meedoen.oidc.regio.client-id", "meedoen"),
                Map.entry("meedoen.oidc.regio.client-secret", "test-secret"),
                Map.entry("meedoen.oidc.regio.label", "Regio-account"),
                Map.entry("meedoen.oidc.regio.municipalities", SERVED + "," + ALSO_SERVED),
                Map.entry("meedoen.oidc.beheer.issuer", issuer.url()),
                Map.entry("meedoen.oidc.beheer.client-id", "meedoen"),
                Map.entry("meedoen.oidc.beheer.client-secret", "test-secret"),
                Map.entry("meedoen.oidc.beheer.municipalities", SERVED),
                Map.entry("meedoen.oidc.beheer.allow-admins", "true"));
    }

    /** Starts at Meedoen, keeps the cookie, and returns the answer. */
    Api.Response start(String provider) {
        Api.Response start = api.get("/api/v1/sign-in/oidc/" + provider);
        assertEquals(303, start.status(), start.body());
        String setCookie = start.header("Set-Cookie");
        if (setCookie != null) {
            cookie = setCookie.substring(0, setCookie.indexOf(';'));
        }
        return start;
    }

    /** Starts, signs in at the provider and returns the callback address (path and query) it sends the browser to. */
    String callbackFromProvider(String provider) {
        URI authorize = URI.create(start(provider).header("Location"));
        assertTrue(authorize.getQuery().contains("code_challenge="), authorize.toString());
        try {
            HttpResponse<Void> atProvider = HttpClient.newHttpClient().send(HttpRequest.newBuilder(authorize).build(),
                    HttpResponse.BodyHandlers.discarding());
            URI callback = URI.create(atProvider.headers().firstValue("Location").orElseThrow());
            assertTrue(callback.toString().startsWith(PUBLIC_URL + "/api/v1/sign-in/oidc/" + provider + "/callback?"), callback.toString());
            return callback.getRawPath() + "?" + callback.getRawQuery();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Arrives at Meedoen's callback, with this browser's cookie if it has one. */
    Api.Response arriveAt(String callback) {
        Api.Response response = cookie == null ? api.get(callback) : api.get(callback, "Cookie", cookie);
        assertEquals(303, response.status(), response.body());
        return response;
    }

    /** The whole way, in this one browser; returns the app's address it ends at. */
    URI signIn(String provider) {
        return appAddress(arriveAt(callbackFromProvider(provider)));
    }

    static URI appAddress(Api.Response callback) {
        URI app = URI.create(callback.header("Location"));
        assertTrue(app.toString().startsWith(PUBLIC_URL + "/#/staff/"), app.toString());
        return app;
    }

    /** The reason code of a sign-in that failed, or null when the app got a hand-over code. */
    static @Nullable String failure(URI app) {
        String prefix = "/staff/sign-in-failed/";
        return app.getFragment().startsWith(prefix) ? app.getFragment().substring(prefix.length()) : null;
    }

    /** The one-time code the app takes the sign-in over with. */
    static String handoverCode(URI app) {
        assertTrue(app.getFragment().startsWith("/staff/oidc/"), app.toString());
        return app.getFragment().substring("/staff/oidc/".length());
    }

    static Api.Response takeOver(Api api, String code) {
        return api.send("POST", "/api/v1/auth/oidc/handover", Map.of("code", code));
    }

    static void municipalitiesExist(MunicipalityDirectory municipalities) {
        for (String code : List.of(SERVED, ALSO_SERVED, NOT_SERVED)) {
            if (!municipalities.exists(code)) {
                municipalities.save(code, "Inlogstad " + code);
            }
        }
    }

    /** A new account with one role; returns its e-mail address. */
    static String person(StaffAccounts accounts, Role role, @Nullable String municipality) {
        String email = StaffTestData.email("oidc");
        accounts.grant(accounts.create(email, "Medewerker " + role.code()), role, municipality);
        return email;
    }

    /** How much a sign-in through a provider gave this account: hand-over codes and sessions. */
    static int issuedTo(Sql database, UUID staff) {
        return database.one("SELECT (SELECT count(*) FROM oidc_handover WHERE staff_id = ?) + (SELECT count(*) FROM staff_session WHERE staff_id = ?)",
                row -> row.getInt(1), staff, staff).orElseThrow();
    }
}
