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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trainer, at a desktop, opens the ceremony on the newcomer's own phone from the roster; the phone
 * (360 px, Arabic, right to left) shows it on the start screen, the newcomer reads and draws their
 * signature there; the trainer's screen sees it and the trainer witnesses; the phone then keeps the
 * certificate, and its code checks out on the public page.
 */
@MicronautTest(transactional = false)
class NewcomerSignsOnTheirOwnPhoneTest {


    private final Chromium chromium = Chromium.shared();
    private final String app;
    private final Api api;
    private final Sql sql;
    private final SigningTestData data;

    NewcomerSignsOnTheirOwnPhoneTest(EmbeddedServer server, JsonMapper json, Sql sql, MunicipalityDirectory municipalities) {
        this.app = server.getURL().toString().replaceAll("/$", "");
        this.api = new Api(server, json);
        this.sql = sql;
        this.data = new SigningTestData(api, sql, municipalities);
    }

    @Test
    void theTrainerOpensItForThePhoneTheNewcomerSignsThereAndKeepsTheCertificate(@TempDir Path profiles) throws IOException {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator Cor");
        var trainer = data.staff(municipality, "trainer", "Trainer Tineke");
        UUID newcomer = data.newcomer(municipality, "Amal Haddad", "ar", "permit-holder");
        String phoneToken = data.phone(newcomer).substring("Bearer ".length());
        data.sessionWith(municipality, trainer.id(), newcomer);
        api.send("PUT", data.path(municipality, "/local-agreements"), Map.of("dutch", "De gemeente helpt je met een taalmaatje.",
                "translations", Map.of("ar", "تساعدك البلدية برفيق لغوي.")), "Authorization", coordinator.token());

        try (BrowserContext desktop = chromium.phone(profiles.resolve("trainer"), false);
             BrowserContext phone = chromium.phone(profiles.resolve("newcomer"), false)) {
            Page staff = desktop.newPage();
            staff.setViewportSize(1280, 800);
            staff.navigate(app + "/#/staff");
            staff.locator("#staff-email").fill(trainer.email());
            staff.locator("#staff-password").fill(SigningTestData.PASSWORD);
            staff.locator("form button[type=submit]").click();
            staff.locator("#staff-trainer").click();
            staff.locator("#trainer-sessions a").first().click();
            Locator entry = staff.locator("li[data-newcomer='" + newcomer + "']");
            entry.locator("button").click();
            assertThat(entry.locator(".attendance-state")).hasText("aanwezig");
            entry.locator("button.sign-on-phone").click();
            assertThat(staff.locator("#ceremony-on-phone")).containsText("Amal Haddad leest en tekent op de eigen telefoon");

            Page mine = phone.newPage();
            mine.navigate(app + "/?lang=ar");
            mine.evaluate("token => localStorage.setItem('meedoen.newcomer.token', token)", phoneToken);
            mine.navigate(app + "/?lang=ar#/");
            assertThat(mine.locator("html")).hasAttribute("dir", "rtl");
            assertThat(mine.locator("html")).hasAttribute("lang", "ar");
            mine.locator("#home-sign").click();

            Locator dutch = mine.locator(".declaration-dutch").first();
            Locator arabic = mine.locator(".declaration-translation").first();
            assertThat(arabic).containsText("أحترمها وأقبلها");
            assertThat(arabic).hasAttribute("dir", "rtl");
            assertThat(dutch).containsText("Ik respecteer ze en ik aanvaard ze");
            assertThat(mine.locator(".declaration-translation").last()).containsText("رفيق لغوي");
            assertTrue(arabic.boundingBox().y >= dutch.boundingBox().y + dutch.boundingBox().height,
                    "on a 360 px phone the translation follows the Dutch text");
            Chromium.assertNoSidewaysScroll(mine, "the ceremony");

            mine.locator("#ceremony-read").check();
            Locator canvas = mine.locator("#ceremony-signature");
            canvas.scrollIntoViewIfNeeded();
            BoundingBox box = canvas.boundingBox();
            mine.mouse().move(box.x + box.width * 0.1, box.y + box.height * 0.7);
            mine.mouse().down();
            mine.mouse().move(box.x + box.width * 0.4, box.y + box.height * 0.2, new Mouse.MoveOptions().setSteps(8));
            mine.mouse().move(box.x + box.width * 0.9, box.y + box.height * 0.6, new Mouse.MoveOptions().setSteps(8));
            mine.mouse().up();
            mine.locator("#ceremony-submit").click();
            assertThat(mine.locator("#sign-waiting")).isVisible();

            // The trainer's screen asks until the phone signed, then asks for the witness.
            assertThat(staff.locator("main h1")).hasText("Bevestigen als getuige");
            staff.locator("#ceremony-witness").click();
            assertThat(staff.locator("#ceremony-code")).hasText(Pattern.compile("^[0-9A-HJKMNP-TV-Z]{10}$"));
            String verificationCode = staff.locator("#ceremony-code").textContent();

            assertThat(mine.locator("#sign-code")).hasText(verificationCode);
            Download certificate = mine.waitForDownload(() -> mine.locator("#sign-certificate").click());
            assertEquals("participatieverklaring-" + verificationCode + ".pdf", certificate.suggestedFilename());
            assertTrue(new String(Files.readAllBytes(certificate.path()), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-"),
                    "the certificate is a PDF");
            int pngBytes = sql.one("SELECT octet_length(signature_png) FROM signature WHERE verification_code = ?",
                    row -> row.getInt(1), verificationCode).orElseThrow();
            assertTrue(pngBytes > 200, "the drawing made on the phone is kept: " + pngBytes + " bytes");

            mine.locator("#sign-code").click();
            assertThat(mine.locator("#verification-status")).hasText("هذا التوقيع صالح.");
            assertThat(mine.locator("#verification-facts")).containsText("A. H.");
            Chromium.assertNoSidewaysScroll(mine, "the verification page");
        }
    }
}
