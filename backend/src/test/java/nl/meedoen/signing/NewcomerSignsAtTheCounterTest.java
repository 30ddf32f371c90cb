package nl.meedoen.signing;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Chromium;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A coordinator runs the ceremony for an Arabic-speaking newcomer on a phone: the newcomer reads the
 * Arabic beside the Dutch, draws their signature, confirms, the coordinator witnesses, and the code on
 * the certificate checks out on the public page — with initials only.
 */
@MicronautTest(transactional = false)
class NewcomerSignsAtTheCounterTest {


    private final Chromium chromium = Chromium.shared();
    private final String app;
    private final Api api;
    private final Sql sql;
    private final SigningTestData data;

    NewcomerSignsAtTheCounterTest(EmbeddedServer server, JsonMapper json, Sql sql, MunicipalityDirectory municipalities) {
        this.app = server.getURL().toString().replaceAll("/$", "");
        this.api = new Api(server, json);
        this.sql = sql;
        this.data = new SigningTestData(api, sql, municipalities);
    }

    @Test
    void theNewcomerReadsArabicDrawsTheirSignatureAndTheCoordinatorWitnesses(@TempDir Path profile) {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator Cor");
        UUID newcomer = data.newcomer(municipality, "Amal Haddad", "ar", "permit-holder");
        api.send("PUT", data.path(municipality, "/local-agreements"), Map.of("dutch", "De gemeente helpt je met een taalmaatje.",
                "translations", Map.of("ar", "تساعدك البلدية برفيق لغوي.")), "Authorization", coordinator.token());

        try (BrowserContext phone = chromium.phone(profile, false)) {
            Page page = phone.newPage();
            page.navigate(app + "/#/staff");
            page.locator("#staff-email").fill(coordinator.email());
            page.locator("#staff-password").fill(SigningTestData.PASSWORD);
            page.locator("form button[type=submit]").click();
            assertThat(page.locator("#newcomer-list")).containsText("Amal Haddad");
            page.navigate(app + "/#/staff/" + municipality + "/newcomers/" + newcomer);
            page.locator("#open-ceremony").click();

            Locator dutch = page.locator(".declaration-dutch").first();
            Locator arabic = page.locator(".declaration-translation").first();
            assertThat(arabic).containsText("أحترمها وأقبلها");
            assertThat(arabic).hasAttribute("dir", "rtl");
            assertThat(arabic).hasAttribute("lang", "ar");
            assertThat(dutch).hasAttribute("lang", "nl");
            assertThat(dutch).containsText("Ik respecteer ze en ik aanvaard ze");
            assertThat(page.locator(".declaration-translation").last()).containsText("رفيق لغوي");
            assertTrue(arabic.boundingBox().y >= dutch.boundingBox().y + dutch.boundingBox().height,
                    "on a 360 px phone the translation follows the Dutch text");
            Chromium.assertNoSidewaysScroll(page, "the ceremony");

            page.setViewportSize(1024, 768);
            assertEquals(dutch.boundingBox().y, arabic.boundingBox().y, 1.0, "on a wide screen the two stand side by side");
            page.setViewportSize(360, 740);

            assertThat(page.locator("label.check")).hasText("قرأتُ الإعلان وفهمته.");
            page.locator("#ceremony-submit").click();
            assertThat(page.locator(".ceremony [role=alert]")).hasText("أكّد أولاً أنك قرأت الإعلان وفهمته.");
            page.locator("#ceremony-read").check();
            Locator canvas = page.locator("#ceremony-signature");
            canvas.scrollIntoViewIfNeeded();
            BoundingBox box = canvas.boundingBox();
            page.mouse().move(box.x + box.width * 0.1, box.y + box.height * 0.7);
            page.mouse().down();
            page.mouse().move(box.x + box.width * 0.4, box.y + box.height * 0.2, new Mouse.MoveOptions().setSteps(8));
            page.mouse().move(box.x + box.width * 0.9, box.y + box.height * 0.6, new Mouse.MoveOptions().setSteps(8));
            page.mouse().up();
            page.locator("#ceremony-submit").click();

            assertThat(page.locator("main h1")).hasText("Bevestigen als getuige");
            assertThat(page.locator("main")).containsText("Coördinator Cor");
            page.locator("#ceremony-witness").click();

            Locator code = page.locator("#ceremony-code");
            assertThat(code).hasText(Pattern.compile("^[0-9A-HJKMNP-TV-Z]{10}$"));
            Chromium.assertNoSidewaysScroll(page, "the result");
            String verificationCode = code.textContent();
            int pngBytes = sql.one("SELECT octet_length(signature_png) FROM signature WHERE verification_code = ?",
                    row -> row.getInt(1), verificationCode).orElseThrow();
            assertTrue(pngBytes > 200, "the drawn signature is kept as a PNG, not an empty canvas: " + pngBytes + " bytes");
            assertTrue(sql.one("SELECT typed_name IS NULL FROM signature WHERE verification_code = ?", row -> row.getBoolean(1), verificationCode).orElseThrow(),
                    "drawn, not typed");

            Download certificate = page.waitForDownload(() -> page.locator("#ceremony-certificate").click());
            assertEquals("participatieverklaring-" + verificationCode + ".pdf", certificate.suggestedFilename());
            assertTrue(readString(certificate).startsWith("%PDF-"), "the certificate is a PDF");

            page.navigate(app + "/#/verify/" + verificationCode);
            assertThat(page.locator("#verification-status")).hasText("Deze handtekening is geldig.");
            Locator facts = page.locator("#verification-facts");
            assertThat(facts).containsText("A. H.");
            assertThat(facts).containsText("Tekenstad " + municipality);
            assertThat(page.locator("main")).not().containsText("Amal");
            assertThat(page.locator("main")).not().containsText("Haddad");
            Chromium.assertNoSidewaysScroll(page, "the verification page");
        }
    }

    private static String readString(Download download) {
        try {
            return new String(java.nio.file.Files.readAllBytes(download.path()), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
