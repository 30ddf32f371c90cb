package nl.meedoen.pwa;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Locator;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The staff screens as a coordinator meets them: in Dutch, languages by name and a choice required,
 * dates written out, newcomers found and corrected, letters that only change when asked, colleagues
 * removed only after a question, and an admin who chooses the municipality.
 */
@MicronautTest(transactional = false)
class StaffScreensAsCoordinatorsFindThemTest {

    private static final String PASSWORD = "Meedoen-demo-2026";

    @Serdeable
    record Tokens(String accessToken) {
    }

    @Serdeable
    record Created(UUID id) {
    }

    @Serdeable
    record Letter(String code) {
    }

    @Serdeable
    record Issued(String state) {
    }

    private final Chromium chromium = Chromium.shared();
    private final String app;
    private final Api api;
    private final Sql database;
    private String coordinator;

    StaffScreensAsCoordinatorsFindThemTest(EmbeddedServer server, JsonMapper json, Sql database) {
        this.app = server.getURL().toString().replaceAll("/$", "");
        this.api = new Api(server, json);
        this.database = database;
    }

    @BeforeEach
    void signInAsCoordinator() {
        database.update("DELETE FROM redeem_attempt");
        coordinator = token("coordinator@voorbeeldstad.example");
    }

    @AfterEach
    void forgetAttempts() {
        database.update("DELETE FROM redeem_attempt");
    }

    @Test
    void everythingIsDutchEvenWhenTheBrowserChoseAnotherLanguage(@TempDir Path profile) {
        register("Samira Bakr", "ar", "wi2021", null);
        try (BrowserContext desk = chromium.phone(profile, false)) {
            Page page = desk.newPage();
            page.navigate(app + "/?lang=en#/values");
            assertThat(page.locator("html")).hasAttribute("lang", "en");

            signIn(page, "coordinator@voorbeeldstad.example");

            assertThat(page.locator("html")).hasAttribute("lang", "nl");
            assertThat(page.locator(".app-footer")).hasText("Meedoen — welkom in Nederland en in je gemeente");
            assertThat(page.locator("h1")).hasText("Medewerkers · Voorbeeldstad");
            assertThat(page.locator("#public-address-warning")).containsText("MEEDOEN_PUBLIC_URL");
            assertThat(page.locator("#staff-list")).containsText("coördinator");
            assertThat(page.locator("main")).not().containsText("COORDINATOR");
            assertThat(page.locator("#audit-log")).containsText("nieuwkomer ingeschreven");
            assertThat(page.locator("#audit-log")).not().containsText("newcomer registered");

            // leaving the staff screens brings back the language the browser chose
            page.navigate(app + "/#/values");
            assertThat(page.locator("html")).hasAttribute("lang", "en");
        }
    }

    @Test
    void languagesAreNamedAndMustBeChosenAndTheListWritesDatesOut(@TempDir Path profile) {
        String name = "Leyla Çelik " + lettersOnly();
        register(name, "tr", "wi2013", "2026-12-03");
        try (BrowserContext desk = chromium.phone(profile, false)) {
            Page page = desk.newPage();
            signIn(page, "coordinator@voorbeeldstad.example");

            Locator language = page.locator("#newcomer-language");
            assertThat(language).hasValue("");
            assertThat(language.locator("option[value=ar]")).hasText("Arabisch — العربية");
            assertThat(language.locator("option[value=ti]")).hasText("Tigrinya — ትግርኛ");
            page.locator("#newcomer-name").fill("Zonder Taal");
            page.locator("#newcomer-name").press("Enter");
            assertEquals(true, language.evaluate("select => select.validity.valueMissing"), "no language, no registration");

            page.locator("#newcomer-search").fill("  LEYLA celik ");
            page.locator("#newcomer-search").press("Enter");
            Locator rows = page.locator("#newcomer-list li");
            assertThat(rows).hasCount(1);
            assertThat(rows.first()).containsText(name);
            assertThat(rows.first()).containsText("Turks — Türkçe");
            assertThat(rows.first()).containsText("uiterlijk 3 december 2027");
        }
    }

    @Test
    void aCoordinatorCorrectsANewcomer(@TempDir Path profile) {
        UUID id = register("Yonas Tesfai", "ar", "wi2021", "2026-01-15");
        try (BrowserContext desk = chromium.phone(profile, false)) {
            Page page = desk.newPage();
            signIn(page, "coordinator@voorbeeldstad.example");
            page.navigate(app + "/#/staff/GM9999/newcomers/" + id);

            assertThat(page.locator("h1")).hasText("Yonas Tesfai");
            assertThat(page.locator(".facts")).containsText("15 januari 2029");
            page.locator("#edit-newcomer-name").fill("Yonas Tesfay");
            page.locator("#edit-newcomer-language").selectOption("ti");
            page.locator("#edit-newcomer-regime").selectOption("wi2013");
            page.locator("#edit-newcomer-name").press("Enter");

            assertThat(page.locator("main [role=status]")).hasText("Opgeslagen.");
            assertThat(page.locator("h1")).hasText("Yonas Tesfay");
            assertThat(page.locator(".facts")).containsText("Tigrinya — ትግርኛ");
            assertThat(page.locator(".facts")).containsText("15 januari 2027");
        }
    }

    @Test
    void openingTheLetterPageChangesNothingAndANewCodeIsMadeOnlyAfterAWarning(@TempDir Path profile) {
        UUID id = register("Farah Noori", "prs", "wi2021", null);
        String printed = api.send("POST", letters(id), null, "Authorization", coordinator).as(Letter.class).code();
        try (BrowserContext desk = chromium.phone(profile, false)) {
            Page page = desk.newPage();
            signIn(page, "coordinator@voorbeeldstad.example");
            page.navigate(app + "/#/staff/GM9999/newcomers/" + id + "/letter");
            assertThat(page.locator("#letter-state")).containsText("Er is een geldige uitnodiging");
            page.reload();
            assertThat(page.locator("#letter-state")).containsText("Er is een geldige uitnodiging");
            assertThat(page.locator("main")).not().containsText(printed);
            assertEquals(List.of("open"), states(id), "looking twice left the printed letter as it was");

            List<String> questions = new ArrayList<>();
            page.onceDialog(dialog -> {
                questions.add(dialog.message());
                dialog.dismiss();
            });
            page.locator("#new-code").click();
            assertThat(page.locator("#letter-state")).isVisible();
            assertEquals(List.of("open"), states(id), "saying no changes nothing");
            assertTrue(questions.getFirst().contains("werkt dan niet meer"), questions.toString());

            page.onceDialog(Dialog::accept);
            page.locator("#new-code").click();
            Locator codes = page.locator(".letter .letter-code");
            assertThat(codes.first()).hasText(Pattern.compile("^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$"));
            assertEquals(List.of("open", "revoked"), states(id));
            assertEquals(400, api.send("POST", "/api/v1/invitations/redeem", Map.of("code", printed)).status(),
                    "the letter printed before stopped working, as the warning said");
        }
    }

    @Test
    void removingAColleagueAsksFirst(@TempDir Path profile) {
        String email = "weg-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeldstad.example";
        assertEquals(201, api.send("POST", "/api/v1/municipalities/GM9999/staff",
                Map.of("email", email, "name", "Tijdelijke Collega", "roles", List.of("trainer")), "Authorization", coordinator).status());
        try (BrowserContext desk = chromium.phone(profile, false)) {
            Page page = desk.newPage();
            signIn(page, "coordinator@voorbeeldstad.example");
            Locator colleague = page.locator("#staff-list li[data-staff='" + email + "']");
            assertThat(colleague).containsText("trainer");

            page.onceDialog(Dialog::dismiss);
            colleague.getByText("Weghalen uit deze gemeente").click();
            assertThat(colleague).isVisible();

            page.onceDialog(Dialog::accept);
            colleague.getByText("Weghalen uit deze gemeente").click();
            assertThat(page.locator("#staff-result")).hasText("Tijdelijke Collega is weggehaald uit deze gemeente.");
            assertThat(colleague).hasCount(0);
        }
    }

    @Test
    void anAdminChoosesTheMunicipalityToWorkIn(@TempDir Path profile) {
        try (BrowserContext desk = chromium.phone(profile, false)) {
            Page page = desk.newPage();
            signIn(page, "admin@meedoen.example");

            assertThat(page.locator("h1")).hasText("Kies een gemeente");
            assertThat(page.locator("#newcomer-name")).hasCount(0);
            page.locator("#staff-municipality-search").fill("voorbeeld");
            page.locator("#staff-municipality-search").press("Enter");
            page.locator("#municipality-results a[href='#/staff/GM9999']").click();

            assertThat(page.locator("h1")).hasText("Medewerkers · Voorbeeldstad");
            assertThat(page.locator("#newcomer-name")).isVisible();
        }
    }

    private void signIn(Page page, String email) {
        page.navigate(app + "/#/staff");
        page.locator("#staff-email").fill(email);
        page.locator("#staff-password").fill(PASSWORD);
        page.locator("form button[type=submit]").click();
        assertThat(page.locator("h1")).not().hasText("Inloggen voor medewerkers");
    }

    private List<String> states(UUID id) {
        return api.get(letters(id), "Authorization", coordinator).asListOf(Issued.class).stream().map(Issued::state).toList();
    }

    private UUID register(String name, String lang, String regime, String start) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "preferredLanguage", lang, "targetGroup", "permit-holder",
                "regime", regime));
        if (start != null) {
            body.put("obligationStart", start);
        }
        Api.Response created = api.send("POST", "/api/v1/municipalities/GM9999/newcomers", body, "Authorization", coordinator);
        assertEquals(201, created.status(), created.body());
        return created.as(Created.class).id();
    }

    /** A surname part that no other test uses: a name holds letters only. */
    private static String lettersOnly() {
        return UUID.randomUUID().toString().replaceAll("[^a-f]", "").concat("abcdef").substring(0, 6);
    }

    private String token(String email) {
        return "Bearer " + api.send("POST", "/api/v1/sign-in", Map.of("email", email, "password", PASSWORD)).as(Tokens.class).accessToken();
    }

    private static String letters(UUID newcomer) {
        return "/api/v1/municipalities/GM9999/newcomers/" + newcomer + "/invitations";
    }
}
