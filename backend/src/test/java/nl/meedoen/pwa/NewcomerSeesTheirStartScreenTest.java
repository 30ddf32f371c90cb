package nl.meedoen.pwa;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Page;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Chromium;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A phone linked by the letter opens on its owner's own start: name, municipality, deadline; and it can be unlinked. */
@MicronautTest(transactional = false)
class NewcomerSeesTheirStartScreenTest {

    @Serdeable
    record Tokens(String accessToken) {
    }

    @Serdeable
    record Created(UUID id) {
    }

    @Serdeable
    record Letter(String link) {
    }

    private final Chromium chromium = Chromium.shared();
    private final String app;
    private final Api api;
    private final Sql database;

    NewcomerSeesTheirStartScreenTest(EmbeddedServer server, JsonMapper json, Sql database) {
        this.app = server.getURL().toString().replaceAll("/$", "");
        this.api = new Api(server, json);
        this.database = database;
    }

    @BeforeEach
    @AfterEach
    void forgetAttempts() {
        database.update("DELETE FROM redeem_attempt");
    }

    @Test
    void theLinkedPhoneShowsWhoseItIsAndUnlinksOnTheServer(@TempDir Path profile) {
        String coordinator = "Bearer " + api.send("POST", "/api/v1/sign-in",
                Map.of("email", "coordinator@voorbeeldstad.example", "password", "Meedoen-demo-2026")).as(Tokens.class).accessToken();
        UUID id = api.send("POST", "/api/v1/municipalities/GM9999/newcomers", Map.of("name", "Piotr Nowak", "preferredLanguage", "pl",
                "targetGroup", "eu-voluntary", "regime", "wi2021", "obligationStart", "2026-02-01"), "Authorization", coordinator)
                .as(Created.class).id();
        String link = api.send("POST", "/api/v1/municipalities/GM9999/newcomers/" + id + "/invitations", null, "Authorization", coordinator)
                .as(Letter.class).link();

        try (BrowserContext phone = chromium.phone(profile, false)) {
            Page page = phone.newPage();
            page.navigate(link.replace("http://localhost:8080", app));
            page.locator("form button[type=submit]").click();
            page.locator("main a.button.primary").click();

            assertThat(page.locator("h1")).hasText("Witaj, Piotr Nowak");
            assertThat(page.locator("#my-start")).containsText("Voorbeeldstad");
            assertThat(page.locator("#my-start")).containsText("1 lutego 2029");
            assertThat(page).not().hasTitle(java.util.regex.Pattern.compile("Piotr")); // a name stays out of the window title
            String token = (String) page.evaluate("() => localStorage.getItem('meedoen.newcomer.token')");
            assertEquals(200, api.get("/api/v1/newcomer/me", "Authorization", "Bearer " + token).status());

            page.onceDialog(Dialog::accept);
            page.locator("#unlink-phone").click();

            assertThat(page.locator("#my-start [role=status]")).hasText("Ten telefon został odłączony.");
            assertThat(page.locator("h1")).not().containsText("Piotr");
            assertEquals(null, page.evaluate("() => localStorage.getItem('meedoen.newcomer.token')"));
            assertEquals(401, api.get("/api/v1/newcomer/me", "Authorization", "Bearer " + token).status(), "the token ended on the server");
        }
    }
}
