package nl.meedoen.identity;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.TestOidcIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff sign in through their organisation's OpenID Connect provider, configured by properties only. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcSignInTest implements TestPropertyProvider {

    private final TestOidcIssuer issuer = new TestOidcIssuer("test-secret");
    private final int port = freePort();

    // Field injection: with a per-class test instance Micronaut cannot inject the constructor.
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Serdeable
    record Staff(String email) {
    }

    @Serdeable
    record Tokens(Staff staff) {
    }

    @Serdeable
    record Provider(String label) {
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "micronaut.server.port", String.valueOf(port),
                "meedoen.public-url", "http://localhost:" + port,
                "meedoen.oidc.voorbeeldstad.issuer", issuer.url(),
                "meedoen.oidc.voorbeeldstad.client-id", "meedoen",
                "meedoen.oidc.voorbeeldstad.client-secret", "test-secret",
                "meedoen.oidc.voorbeeldstad.label", "Voorbeeldstad-account");
    }

    @AfterAll
    void stopIssuer() {
        issuer.close();
    }

    @Test
    void aKnownColleagueSignsInThroughTheProviderAndGetsTheirRoles() throws Exception {
        issuer.signInAs("coordinator@voorbeeldstad.example");

        URI back = signInAtProvider();

        assertTrue(back.getFragment().startsWith("/staff/oidc/rt."), back.toString());
        String refreshToken = back.getFragment().substring("/staff/oidc/".length());
        Api.Response tokens = api().send("POST", "/api/v1/sign-in/refresh", Map.of("refreshToken", refreshToken));
        assertEquals(200, tokens.status(), tokens.body());
        assertEquals("coordinator@voorbeeldstad.example", tokens.as(Tokens.class).staff().email());
        assertEquals(401, api().send("POST", "/api/v1/sign-in/refresh", Map.of("refreshToken", refreshToken)).status(),
                "the token in the address bar is dead once the app has used it");
    }

    @Test
    void someoneWithoutAMeedoenAccountIsSentBackWithTheReason() throws Exception {
        issuer.signInAs("stranger@example.org");

        URI back = signInAtProvider();

        assertTrue(back.getFragment().startsWith("/staff/sign-in-failed/"), back.toString());
        assertTrue(back.getFragment().contains("no Meedoen account"), back.getFragment());
    }

    @Test
    void theProvidersAreListedForTheSignInScreenAndAnUnknownOneIsNotFound() {
        assertEquals("Voorbeeldstad-account", api().get("/api/v1/sign-in/oidc").asListOf(Provider.class).getFirst().label());
        assertEquals(404, api().get("/api/v1/sign-in/oidc/elders").status());
    }

    @Test
    void aCallbackWithAnUnknownStateGoesNowhere() {
        Api.Response response = api().get("/api/v1/sign-in/oidc/voorbeeldstad/callback?code=x&state=forged");

        assertEquals(303, response.status());
        assertTrue(response.header("Location").contains("#/staff/sign-in-failed/"));
    }

    /** Follows the browser's way: Meedoen → provider → Meedoen's callback → the app. */
    private URI signInAtProvider() throws IOException, InterruptedException {
        Api.Response start = api().get("/api/v1/sign-in/oidc/voorbeeldstad");
        assertEquals(303, start.status());
        URI authorize = URI.create(start.header("Location"));
        assertTrue(authorize.toString().startsWith(issuer.url() + "/authorize") && authorize.getQuery().contains("code_challenge="));

        HttpResponse<Void> provider = HttpClient.newHttpClient().send(HttpRequest.newBuilder(authorize).build(),
                HttpResponse.BodyHandlers.discarding());
        URI callback = URI.create(provider.headers().firstValue("Location").orElseThrow());
        Api.Response finished = api().get(callback.getRawPath() + "?" + callback.getRawQuery());
        assertEquals(303, finished.status(), finished.body());
        return URI.create(finished.header("Location"));
    }

    private Api api() {
        return new Api(server, json);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
